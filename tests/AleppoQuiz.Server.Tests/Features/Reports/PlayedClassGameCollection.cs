namespace AleppoQuiz.Server.Tests.Features.Reports;

/// <summary>The report, export, access and results tests all read the one game <see cref="PlayedClassGame"/> plays.</summary>
[CollectionDefinition(Name)]
public sealed class PlayedClassGameCollection : ICollectionFixture<PlayedClassGame>
{
    public const string Name = "Played class game";
}

/// <summary>The scoring rules of docs/scoring.md, written out again so that the reports are checked against the document.</summary>
internal static class DocumentedScoring
{
    public static int Points(long timeMs, long limitMs, decimal multiplier, int streakAfter)
    {
        var speed = timeMs <= 500 ? 1m : 1m - (timeMs / (2m * limitMs));
        var points = (int)Math.Round(1000m * multiplier * speed, MidpointRounding.AwayFromZero);
        var bonus = (int)Math.Round(100m * Math.Min(Math.Max(streakAfter - 1, 0), 5) * multiplier, MidpointRounding.AwayFromZero);
        return points + bonus;
    }
}
