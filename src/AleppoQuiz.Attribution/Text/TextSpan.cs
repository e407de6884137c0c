namespace AleppoQuiz.Attribution.Text;

/// <summary>A half-open character range [Start, End) of .NET string indices.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Contains(int index) => Start <= index && index < End;

    public string Slice(string text) => text[Start..End];

    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    public override string ToString() => $"[{Start},{End})";
}
