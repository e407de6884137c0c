namespace AleppoQuiz.Attribution.Learning;

/// <summary>
/// The tokens the role tagger looks at around one cue: whole sentences from <see cref="SentencesBefore"/> before
/// the cue's sentence to <see cref="SentencesAfter"/> after it. The window reaches further after the cue
/// because content runs on over the following sentences of a quotation far more often than before it.
/// </summary>
internal sealed record RoleWindow(int SentencesBefore, int SentencesAfter)
{
    public static RoleWindow Default { get; } = new(2, 3);

    public (int First, int Last) Around(LearningDocument doc, int cueFirst, int cueLast)
    {
        var sentences = doc.Analyzed.Sentences;
        var first = sentences[Math.Max(0, doc.Sentence[cueFirst] - SentencesBefore)].First;
        var last = sentences[Math.Min(sentences.Count - 1, doc.Sentence[cueLast] + SentencesAfter)].Last;
        return (first, last);
    }
}

/// <summary>A cue as a token range [First, Last] of its document.</summary>
internal readonly record struct CueTokens(int First, int Last);
