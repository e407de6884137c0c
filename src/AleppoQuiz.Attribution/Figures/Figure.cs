using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Figures;

/// <summary>What a number counts: the event (evacuated, killed, wounded) and the counted noun (people, fighters).</summary>
public sealed record FigureKey(string Event, string Counted)
{
    public override string ToString() => $"{Counted} {Event}";
}

/// <summary>
/// A number in an article with what it counts and who gives it. <see cref="Qualifier"/> keeps the hedge
/// ("about", "at least", "more than"); <see cref="GivenBy"/> is the speaker, or null when the outlet asserts it.
/// </summary>
public sealed record Figure(
    string ArticleId,
    string Outlet,
    double Value,
    string Qualifier,
    FigureKey Key,
    string? GivenBy,
    Evidence Number,
    Evidence Sentence);

/// <summary>Different values for the same quantity in the story, each with its evidence.</summary>
public sealed record FigureConflict(FigureKey Key, IReadOnlyList<Figure> Figures)
{
    /// <summary>True when every value is a lower bound ("more than", "at least"), so they may not truly clash.</summary>
    public bool AllLowerBounds => Figures.All(f => f.Qualifier is "more than" or "at least" or "over");
}
