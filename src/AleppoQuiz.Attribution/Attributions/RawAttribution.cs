using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>An attribution in token and character terms, before it is turned into public records.</summary>
internal sealed record RawAttribution(TokenRange? Source, TokenRange Cue, IReadOnlyList<TextSpan> Content, AttributionKind Kind);

/// <summary>An inclusive range of token indices.</summary>
internal readonly record struct TokenRange(int First, int Last)
{
    public int Count => Last - First + 1;
}
