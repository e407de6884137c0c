namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>
/// Reads the text of one GIFT question: <c>::title::</c>, an optional <c>[html]</c>-style format, the prompt,
/// the answer block in braces and its <c>####</c> general feedback, which becomes our explanation.
/// </summary>
internal static class GiftQuestionParser
{
    public static GiftQuestionText Parse(GiftBlock block)
    {
        var text = block.Text;
        var at = text.Length - text.TrimStart().Length;
        string? title = null;
        if (string.CompareOrdinal(text, at, "::", 0, 2) == 0)
        {
            var end = GiftText.IndexOfUnescaped(text, "::", at + 2);
            if (end < 0)
            {
                throw ExchangeFormatException.AtLine(block.LineAt(at), "the question title opened with '::' is never closed with '::'");
            }

            title = GiftText.Unescape(text[(at + 2)..end]).Trim();
            at = end + 2;
        }

        var (format, _) = GiftFormat.Take(text[at..]);
        if (format is not null)
        {
            at = text.IndexOf('[', at) + format.Length;
        }

        string Plain(string escaped) => GiftFormat.ToPlain(escaped, format);

        var open = GiftText.IndexOfUnescaped(text, "{", at);
        if (open < 0)
        {
            throw ExchangeFormatException.UnsupportedAtLine(block.LineAt(at),
                "a description (text with no answer block { … }) is not a question and was not imported");
        }

        var close = GiftText.IndexOfUnescaped(text, "}", open + 1);
        if (close < 0)
        {
            throw ExchangeFormatException.AtLine(block.LineAt(open), "the answer block opened with '{' is never closed with '}'");
        }

        CheckNoOtherBraces(text, block, at, open, close);
        var body = text[(open + 1)..close];
        var general = GiftText.IndexOfUnescaped(body, "####");
        var answers = general < 0 ? body : body[..general];
        var explanation = general < 0 ? "" : Plain(body[(general + 4)..]);
        var after = Plain(text[(close + 1)..]);
        var prompt = Plain(text[at..open]) + (after.Length > 0 ? " _____ " + after : "");

        if (answers.Trim().Length == 0)
        {
            throw ExchangeFormatException.UnsupportedAtLine(block.LineAt(open),
                "an essay question (empty answer block {}) has no answer to check and was not imported");
        }

        if (answers.TrimStart().StartsWith('#'))
        {
            throw ExchangeFormatException.UnsupportedAtLine(block.LineAt(open), "a numerical question ({#…}) was not imported: the game has no number answers");
        }

        var (type, options) = GiftAnswerKinds.TrueFalse(answers)
            ?? GiftAnswerKinds.Classify(GiftAnswerParser.Split(answers, o => block.LineAt(open + 1 + o), format), block.LineAt(open));
        return new GiftQuestionText(title, type, prompt, options, explanation);
    }

    private static void CheckNoOtherBraces(string text, GiftBlock block, int from, int open, int close)
    {
        var inner = GiftText.IndexOfUnescaped(text, "{", open + 1);
        if (inner >= 0 && inner < close)
        {
            throw ExchangeFormatException.AtLine(block.LineAt(open), "the answer block opened with '{' is never closed before the next '{'");
        }

        if (inner > close)
        {
            throw ExchangeFormatException.AtLine(block.LineAt(inner), "a second answer block in one question: separate questions with a blank line");
        }

        var before = GiftText.IndexOfUnescaped(text, "}", from);
        var after = GiftText.IndexOfUnescaped(text, "}", close + 1);
        if (before < open || after >= 0)
        {
            throw ExchangeFormatException.AtLine(block.LineAt(before < open ? before : after),
                "a '}' with no '{' before it; write \\} for a literal brace");
        }
    }
}
