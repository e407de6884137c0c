using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>Sentence shapes where the source or the content is not simply next to the cue.</summary>
internal sealed partial class AttributionRules
{
    // "Reuters quoted an official as saying: …": the quoted person is the source of "saying".
    private TokenRange? IsAsSaying(CueCandidate cue, int verbStart, Sentence sentence)
    {
        if (!cue.Form.EndsWith("ing", StringComparison.Ordinal) || verbStart - 2 < sentence.First || _tokens[verbStart - 1].Lower != "as"
            || phrases.EndingAt(verbStart - 2, sentence.First) is not { } phrase)
        {
            return null;
        }

        // "an official overseeing the evacuation as saying": the participle phrase belongs to the official.
        var participle = phrase.First - 1;
        return participle - 1 >= sentence.First && _tokens[participle].Lower.EndsWith("ing", StringComparison.Ordinal)
            && phrases.EndingAt(participle - 1, sentence.First) is { } head
                ? new TokenRange(head.First, phrase.Last)
                : phrase;
    }

    // "Twitter reported a loss, and said …": the coordinated verb shares the sentence's subject.
    private bool IsSecondVerb(int verbStart, Sentence sentence) =>
        verbStart - 1 > sentence.First && _tokens[verbStart - 1].Lower is "and" or "but" && !analyzed.IsQuoted(verbStart - 1);

    private RawAttribution? WithSentenceSubject(CueCandidate cue, Sentence sentence)
    {
        var subject = phrases.StartingAt(sentence.First, cue.Tokens.First - 1);
        return ContentAfter(cue, subject, sentence, _navigator.SkipAddressee(cue, cue.Tokens.Last + 1, sentence));
    }

    // "which they say left a vacuum": annotators mark the relative pronoun as the first piece of content.
    private TextSpan? RelativeBefore(TokenRange? source)
    {
        var index = (source?.First ?? 0) - 1;
        return source is not null && index >= 0 && _tokens[index].Lower == "which" && !analyzed.IsQuoted(index)
            ? _tokens[index].Span
            : null;
    }

    // "Trump's voters appeared to turn out", "X is expected to win": no source; the subject is content too.
    private RawAttribution? Raising(CueCandidate cue, int verbStart, Sentence sentence)
    {
        var subjectEnd = verbStart - 1;
        while (subjectEnd >= sentence.First && _tokens[subjectEnd].Lower is "is" or "are" or "was" or "were" or "be" or "been")
        {
            subjectEnd--;
        }

        var subject = phrases.EndingAt(subjectEnd, sentence.First);
        var rest = _content.Clause(cue.Tokens.Last + 1, sentence.Last);
        if (subject is not { } s || rest is not { } r)
        {
            return null;
        }

        return new RawAttribution(null, cue.Tokens, [analyzed.SpanOf(s.First, s.Last), r], AttributionKind.Indirect);
    }
}

/// <summary>An attribution in token and character terms, before it is turned into public records.</summary>
internal sealed record RawAttribution(TokenRange? Source, TokenRange Cue, IReadOnlyList<TextSpan> Content, AttributionKind Kind);

/// <summary>An inclusive range of token indices.</summary>
internal readonly record struct TokenRange(int First, int Last)
{
    public int Count => Last - First + 1;
}
