namespace AleppoQuiz.Attribution.Attributions;

/// <summary>An inclusive range of token indices.</summary>
internal readonly record struct TokenRange(int First, int Last)
{
    public int Count => Last - First + 1;
}
