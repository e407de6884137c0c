using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>What the text of one GIFT question says, before the metadata comments are added.</summary>
internal sealed record GiftQuestionText(
    string? Title,
    QuestionType Type,
    string Prompt,
    IReadOnlyList<QuestionOption> Options,
    string Explanation);

/// <summary>One answer inside the braces: its marker, Moodle weight (when given) and text.</summary>
internal sealed record GiftAnswer(char Marker, decimal? Weight, string Text, int Line)
{
    /// <summary>A Moodle matching pair, <c>=item -> match</c>; split at the last arrow so an item may contain one.</summary>
    public (string Item, string Match)? Pair
    {
        get
        {
            var arrow = Text.LastIndexOf("->", StringComparison.Ordinal);
            return arrow < 0 ? null : (Text[..arrow].Trim(), Text[(arrow + 2)..].Trim());
        }
    }
}
