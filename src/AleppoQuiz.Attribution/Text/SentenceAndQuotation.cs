namespace AleppoQuiz.Attribution.Text;

/// <summary>A sentence as a contiguous run of document tokens [First, Last].</summary>
public sealed record Sentence(int Index, int First, int Last, int Paragraph)
{
    public int Count => Last - First + 1;

    public bool Contains(int tokenIndex) => First <= tokenIndex && tokenIndex <= Last;
}

/// <summary>
/// A quotation between two marks, marks included (PolNeAR content spans keep them). OpenToken and
/// CloseToken are token indices; a quotation left open at the end of a paragraph closes there
/// (<see cref="Closed"/> is false) because news style reopens a long quote on the next paragraph.
/// </summary>
public sealed record Quotation(int OpenToken, int CloseToken, TextSpan Span, bool Closed)
{
    public bool ContainsToken(int tokenIndex) => OpenToken <= tokenIndex && tokenIndex <= CloseToken;
}
