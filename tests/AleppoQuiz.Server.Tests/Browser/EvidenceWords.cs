namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>Where an evidence quote lies among a passage's words as a phone shows them (a word's id is its position).</summary>
internal static class EvidenceWords
{
    /// <summary>
    /// The ids of the words the quote covers. A quote may start or stop inside a word's punctuation (before a comma,
    /// after an opening quotation mark), so its first and last words need only end and start the same.
    /// </summary>
    public static (int First, int Last, int Count) Locate(string[] words, string quote)
    {
        var parts = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var at = 0; at + parts.Length <= words.Length; at++)
        {
            var matches = parts.Select((part, i) => i == 0 ? words[at].EndsWith(part, StringComparison.Ordinal)
                : i == parts.Length - 1 ? words[at + i].StartsWith(part, StringComparison.Ordinal)
                : words[at + i] == part).All(m => m);
            if (matches)
            {
                return (at, at + parts.Length - 1, parts.Length);
            }
        }

        throw new InvalidOperationException($"The passage does not hold “{quote}”.");
    }

    /// <summary>The first sentence (by its index) that shares no word with the evidence.</summary>
    public static int SentenceOutside(int[] starts, int wordCount, (int First, int Last, int Count) evidence)
    {
        for (var s = 0; s < starts.Length; s++)
        {
            var end = s + 1 < starts.Length ? starts[s + 1] - 1 : wordCount - 1;
            if (end < evidence.First || starts[s] > evidence.Last)
            {
                return s;
            }
        }

        throw new InvalidOperationException("Every sentence of the passage holds part of the evidence.");
    }
}
