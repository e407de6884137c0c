namespace AleppoQuiz.Attribution.Text;

/// <summary>A sentence as a contiguous run of document tokens [First, Last].</summary>
public sealed record Sentence(int Index, int First, int Last, int Paragraph)
{
    public int Count => Last - First + 1;

    public bool Contains(int tokenIndex) => First <= tokenIndex && tokenIndex <= Last;
}
