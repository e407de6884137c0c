using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>Every way reports and a student's results page say no.</summary>
internal static class ResultRefusals
{
    public static Refusal NoResults { get; } = new(
        RefusalKind.NotFound,
        "results-not-found",
        "There are no results for this link. Open the link from the device you played on; a link only shows its own player's answers.");

    public static Refusal GameNotFound(string id) => new(RefusalKind.NotFound, "report-not-found", $"There is no game '{id}' of yours.");
}
