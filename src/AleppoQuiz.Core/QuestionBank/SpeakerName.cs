namespace AleppoQuiz.Core.QuestionBank;

/// <summary>
/// Finds a who-said answer in the words of its evidence. Teachers write the speaker with the title they know
/// ("WHO representative Elizabeth Hoff") where the article may title them differently ("Elizabeth Hoff, the
/// World Health Organization's representative"): the person's name is what the question teaches, so the name
/// standing in the paragraph is enough.
/// </summary>
public static class SpeakerName
{
    /// <summary>Whether <paramref name="paragraph"/> holds the whole answer or the name that ends it.</summary>
    public static bool AppearsIn(string answer, string paragraph)
    {
        var text = answer.Trim();
        if (paragraph.Contains(text, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return NameForms(text).Any(name => paragraph.Contains(name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The name at the end of an answer in its shorter forms, longest first: of the capitalised words that end it,
    /// every tail of two words or more ("Foreign Minister Mevlut Cavusoglu", …, "Mevlut Cavusoglu"). A single word
    /// is not taken alone: a surname or a title by itself would match too much.
    /// </summary>
    public static IEnumerable<string> NameForms(string answer)
    {
        var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length;
        while (first > 0 && char.IsUpper(words[first - 1][0]))
        {
            first--;
        }

        for (var start = first; start <= words.Length - 2; start++)
        {
            yield return string.Join(' ', words[start..]);
        }
    }
}
