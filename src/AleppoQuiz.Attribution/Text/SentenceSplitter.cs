namespace AleppoQuiz.Attribution.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a line break, or after ". ! ?" (with any closing quotes
/// or brackets that follow) when the next token starts like a sentence (capital, digit or opening quote).
/// Dots of abbreviations never reach here as separate tokens, see <see cref="Tokenizer"/>.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        var paragraph = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var isLast = i == tokens.Count - 1;
            if (isLast || tokens[i + 1].NewlineBefore || EndsSentence(tokens, i))
            {
                sentences.Add(new Sentence(sentences.Count, first, i, paragraph));
                first = i + 1;
                if (!isLast && tokens[i + 1].NewlineBefore)
                {
                    paragraph++;
                }
            }
        }

        return sentences;
    }

    private static bool EndsSentence(IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        var next = tokens[i + 1];
        if (IsTrailer(token, next))
        {
            return false; // let the closing quote or bracket join this sentence first
        }

        var terminal = token.Text is "." or "!" or "?" or "...";
        var closesAfterTerminal = i > 0 && IsTrailer(tokens[i - 1], token) && tokens[i - 1].Text is "." or "!" or "?" or "..." or ",";
        if (!terminal && !closesAfterTerminal)
        {
            return false;
        }

        if (closesAfterTerminal && tokens[i - 1].Text == ",")
        {
            return false; // ‘…,” he said’ continues the sentence
        }

        return StartsLikeSentence(next);
    }

    /// <summary>Closing quote marks and brackets that belong to the sentence they follow.</summary>
    private static bool IsTrailer(Token previous, Token token) =>
        !token.NewlineBefore
        && (token.Text is ")" or "]" or "\u201D" or "\u2019"
            || token.Text is "\"" or "''" && token.Start == previous.End);

    private static bool StartsLikeSentence(Token next) =>
        next.Kind == TokenKind.Quote || next.Kind == TokenKind.Number || char.IsUpper(next.Text[0]) || next.Text is "(" or "[" or "\u2018";
}
