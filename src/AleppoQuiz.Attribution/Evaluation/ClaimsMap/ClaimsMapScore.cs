namespace AleppoQuiz.Attribution.Evaluation.ClaimsMap;

/// <summary>
/// How a claims map and its who-said drafts hold up against the gold annotations of stories nobody prepared.
/// Each share is right / all, and 1 when there is nothing to count (no speaker listed is no wrong speaker).
/// </summary>
public sealed record ClaimsMapScore(
    int Stories,
    int Articles,
    int SpeakersListed,
    int SpeakersRight,
    int SpellingConflicts,
    int SpellingConflictsReal,
    int FigureConflicts,
    int FigureConflictsReal,
    int WhoSaidDrafts,
    int WhoSaidJudged,
    int WhoSaidRight,
    int DistractorsThatAreTheAnswer,
    IReadOnlyList<string> Findings)
{
    /// <summary>Listed speakers (one per article and name) that are a gold source of that article.</summary>
    public double SpeakerPrecision => Share(SpeakersRight, SpeakersListed);

    public double SpellingConflictsRealShare => Share(SpellingConflictsReal, SpellingConflicts);

    public double FigureConflictsRealShare => Share(FigureConflictsReal, FigureConflicts);

    /// <summary>Who-said drafts whose key names the gold source, among those whose quotation the gold attributes.</summary>
    public double WhoSaidKeyRight => Share(WhoSaidRight, WhoSaidJudged);

    private static double Share(int right, int all) => all == 0 ? 1 : (double)right / all;
}
