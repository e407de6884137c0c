namespace AleppoQuiz.Attribution.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Quote,
}

/// <summary>One token of an article, with its place in the original string.</summary>
/// <param name="NewlineBefore">True when a line break separates this token from the previous one:
/// news text uses line breaks for paragraphs and headlines, which always end a sentence.</param>
public sealed record Token(int Start, int End, TokenKind Kind, string Text, bool NewlineBefore)
{
    public TextSpan Span => new(Start, End);

    public string Lower { get; } = Text.ToLowerInvariant();

    public bool IsWord => Kind is TokenKind.Word or TokenKind.Number;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsAny(IReadOnlySet<string> lowerWords) => lowerWords.Contains(Lower);
}
