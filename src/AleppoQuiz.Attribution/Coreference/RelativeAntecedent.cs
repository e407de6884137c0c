using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// The noun phrase a relative pronoun stands for: "rebel groups" in "as well as rebel groups who said",
/// "the letter" in "says the letter, which listed". Read over the tokens of the pronoun's own sentence, so a
/// paragraph or sentence break ("on Saturday.\n\nFrance, which …") can never become part of it.
/// </summary>
internal sealed class RelativeAntecedent(string text)
{
    private const int MaxWords = 6;
    private readonly Lazy<AnalyzedText> _analyzed = new(() => new AnalyzedText(text));

    /// <summary>The phrase right before the pronoun that starts at <paramref name="pronounStart"/>, or null.</summary>
    public string? Before(int pronounStart)
    {
        var analyzed = _analyzed.Value;
        var tokens = analyzed.Tokens;
        var pronoun = IndexOf(tokens, pronounStart);
        if (pronoun <= 0)
        {
            return null;
        }

        var sentenceStart = analyzed.SentenceOf(pronoun).First;
        var last = pronoun - 1;
        if (last >= sentenceStart && tokens[last].Text == ",")
        {
            last--; // "France, which"
        }

        var first = -1;
        for (var k = last; k >= sentenceStart && last - k < MaxWords; k--)
        {
            var token = tokens[k];
            if (!token.IsWord || analyzed.IsQuoted(k) || token.IsAny(WordLists.PhraseBreakers) || LooksLikeVerb(token))
            {
                break;
            }

            first = k;
            if (token.IsAny(WordLists.Determiners))
            {
                break; // the phrase opens here
            }
        }

        return first < 0 ? null : text[tokens[first].Start..tokens[last].End];
    }

    // "posted", "accused": a lower-case past form before the pronoun ends the phrase ("accused X who …").
    private static bool LooksLikeVerb(Token token) =>
        !token.IsCapitalized && token.Lower.EndsWith("ed", StringComparison.Ordinal);

    private static int IndexOf(IReadOnlyList<Token> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start == start)
            {
                return i;
            }
        }

        return -1;
    }
}
