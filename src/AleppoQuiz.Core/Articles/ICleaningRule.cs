namespace AleppoQuiz.Core.Articles;

/// <summary>
/// One step of the cleaner. A rule may only drop whole lines and record what it learned (headline, credit, date);
/// it never edits the text of a line that stays, so story sentences survive exactly as published.
/// </summary>
internal interface ICleaningRule
{
    void Apply(CleaningContext context);
}
