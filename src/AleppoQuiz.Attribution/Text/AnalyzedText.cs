namespace AleppoQuiz.Attribution.Text;

/// <summary>An article tokenized once: tokens, sentences, quotations and which quotation holds each token.</summary>
public sealed class AnalyzedText
{
    private readonly int[] _quotationOfToken;
    private readonly int[] _sentenceOfToken;

    public AnalyzedText(string text)
    {
        Text = text;
        Tokens = Tokenizer.Tokenize(text);
        Sentences = SentenceSplitter.Split(Tokens);
        Quotations = QuotationFinder.Find(Tokens);
        _quotationOfToken = QuotationFinder.MapTokens(Quotations, Tokens.Count);
        _sentenceOfToken = new int[Tokens.Count];
        foreach (var sentence in Sentences)
        {
            for (var i = sentence.First; i <= sentence.Last; i++)
            {
                _sentenceOfToken[i] = sentence.Index;
            }
        }
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Quotation> Quotations { get; }

    /// <summary>The quotation that holds the token, or null when the token is the reporter's own words.</summary>
    public Quotation? QuotationAt(int tokenIndex) =>
        _quotationOfToken[tokenIndex] is var q and >= 0 ? Quotations[q] : null;

    public bool IsQuoted(int tokenIndex) => _quotationOfToken[tokenIndex] >= 0;

    public Sentence SentenceOf(int tokenIndex) => Sentences[_sentenceOfToken[tokenIndex]];

    public TextSpan SpanOf(int firstToken, int lastToken) => new(Tokens[firstToken].Start, Tokens[lastToken].End);
}
