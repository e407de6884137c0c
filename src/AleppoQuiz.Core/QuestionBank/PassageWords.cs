namespace AleppoQuiz.Core.QuestionBank;

/// <summary>One word of a passage, punctuation attached, with its character span in the passage text.</summary>
public sealed record PassageWord(string Text, int Start, int End);

/// <summary>
/// Splits a find-the-evidence passage into the words a student taps. A word is a run of non-space characters, so
/// it keeps its punctuation and quotation marks ("complete" with its quotes is one word). Paragraphs are the
/// article's lines; sentences end at a word ending in . ! or ? (closing quotes allowed) before a capital or a
/// quotation, except after the usual abbreviations of titles and initials.
/// </summary>
public sealed class PassageWords
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Maj.", "Sgt.", "Capt.", "St.", "Jr.", "Sr.", "Prof.",
        "U.S.", "U.N.", "U.K.", "No.", "Dec.", "Nov.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
    };

    private PassageWords(IReadOnlyList<PassageWord> words, IReadOnlyList<int> paragraphStarts, IReadOnlyList<int> sentenceStarts)
    {
        Words = words;
        ParagraphStarts = paragraphStarts;
        SentenceStarts = sentenceStarts;
    }

    public IReadOnlyList<PassageWord> Words { get; }

    /// <summary>Ids of each paragraph's first word, starting with 0.</summary>
    public IReadOnlyList<int> ParagraphStarts { get; }

    /// <summary>Ids of each sentence's first word, starting with 0; every paragraph start is a sentence start.</summary>
    public IReadOnlyList<int> SentenceStarts { get; }

    public static PassageWords Split(string passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var words = new List<PassageWord>();
        var paragraphs = new List<int>();
        var sentences = new List<int>();
        var newParagraph = true;
        var at = 0;
        while (at < passage.Length)
        {
            if (char.IsWhiteSpace(passage[at]))
            {
                newParagraph |= passage[at] == '\n';
                at++;
                continue;
            }

            var start = at;
            while (at < passage.Length && !char.IsWhiteSpace(passage[at]))
            {
                at++;
            }

            var word = new PassageWord(passage[start..at], start, at);
            if (newParagraph)
            {
                paragraphs.Add(words.Count);
            }

            if (newParagraph || (words.Count > 0 && EndsSentence(words[^1].Text, word.Text)))
            {
                sentences.Add(words.Count);
            }

            words.Add(word);
            newParagraph = false;
        }

        return new PassageWords(words, paragraphs, sentences);
    }

    /// <summary>
    /// A find-the-evidence question's words and the first and last word of its evidence, read from the quotes
    /// themselves (a pinned span is used where it lies inside the passage); null when the evidence is not in it.
    /// </summary>
    public static (PassageWords Words, int First, int Last)? OfQuestion(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Passage is not { } passage || question.Evidence.Count == 0)
        {
            return null;
        }

        var evidence = question.Evidence[0];
        var at = evidence.IsResolved && passage.IsResolved && evidence.Start >= passage.Start && evidence.End <= passage.End
            ? evidence.Start - passage.Start
            : passage.Quote.IndexOf(evidence.Quote, StringComparison.Ordinal);
        var words = Split(passage.Quote);
        return at >= 0 && words.WordsOf(at, at + evidence.Quote.Length) is { } span ? (words, span.First, span.Last) : null;
    }

    /// <summary>
    /// The first and last word a character span of the passage covers, or null when it covers none or cuts into a
    /// word's letters (leaving off a word's punctuation is fine: the evidence may stop before a comma).
    /// </summary>
    public (int First, int Last)? WordsOf(int start, int end)
    {
        var covered = Enumerable.Range(0, Words.Count).Where(i => Words[i].Start < end && Words[i].End > start).ToArray();
        if (covered.Length == 0)
        {
            return null;
        }

        var first = Words[covered[0]];
        var last = Words[covered[^1]];
        var cutBefore = first.Text[..Math.Max(0, start - first.Start)];
        var cutAfter = last.Text[Math.Min(last.Text.Length, end - last.Start)..];
        return cutBefore.All(IsPunctuation) && cutAfter.All(IsPunctuation) ? (covered[0], covered[^1]) : null;
    }

    private static bool IsPunctuation(char c) => !char.IsLetterOrDigit(c);

    private static bool EndsSentence(string previous, string next)
    {
        var core = previous.TrimEnd('"', '\'', '”', '’', ')', ']');
        if (core.Length == 0 || core[^1] is not ('.' or '!' or '?') || Abbreviations.Contains(core.TrimStart('"', '“', '(')))
        {
            return false;
        }

        var opening = next.TrimStart('"', '\'', '“', '‘', '(', '[');
        return opening.Length > 0 && (char.IsUpper(opening[0]) || char.IsDigit(opening[0]) || opening.Length < next.Length);
    }
}
