using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Questions;

/// <summary>
/// Whether a quotation's speaker is sure enough to be a question's key. A document ("statement") is not, nor a
/// common noun capitalised by the sentence ("Candidates"). A source that names the speaker is; a
/// "he" or "she", or a quotation paragraph continuing the one before, only when the speaker is named in that
/// paragraph or the one before it: further back, the pronoun may well be someone else, and a wrong key teaches the
/// wrong lesson. The claims map still lists such quotations; only the drafts leave them out.
/// </summary>
internal static class QuoteCertainty
{
    // Documents, not voices: a key "Statement" or "Times article" is the words' carrier, and the one who issued
    // it is the right answer.
    private static readonly HashSet<string> Documents = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "article", "report", "letter", "column", "message", "communique", "announcement", "release", "memo",
    };

    public static bool IsCertain(AttributedQuote quote, string text)
    {
        var words = quote.Speaker!.Split(' ');
        if (Documents.Contains(words[^1]) || (words.Length == 1 && text.Contains($" {words[0].ToLowerInvariant()} ", StringComparison.Ordinal)))
        {
            return false; // "Candidates" at a sentence start is the common noun "candidates", not a name
        }

        var source = quote.Attribution?.Source;
        if (source is not null && !SpeakerNames.Pronouns.Contains(SpeakerNames.Core(source.Text)))
        {
            return true;
        }

        var at = source?.Start ?? quote.Quote.Start;
        var window = text[ParagraphStart(text, ParagraphStart(text, at) - 1)..at];
        var surname = SpeakerNames.Surname(quote.Speaker!);
        return window.Contains(surname, StringComparison.Ordinal);
    }

    /// <summary>The start of the paragraph holding <paramref name="index"/> (paragraphs are separated by blank or single line breaks).</summary>
    private static int ParagraphStart(string text, int index)
    {
        if (index <= 0)
        {
            return 0;
        }

        var start = index;
        while (start > 0 && text[start - 1] == '\n')
        {
            start--;
        }

        var newline = text.LastIndexOf('\n', Math.Max(0, start - 1));
        return newline < 0 ? 0 : newline + 1;
    }
}
