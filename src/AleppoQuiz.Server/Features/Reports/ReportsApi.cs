using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>
/// Reports on a teacher's own games and classes. Everything needs sign-in (401 otherwise), and another teacher's
/// game or class answers 404 exactly like one that does not exist.
/// </summary>
internal static class ReportsApi
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static RouteGroupBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/reports").WithTags("Reports").RequireAuthorization();

        group.MapGet("/games", async Task<Ok<GameListItem[]>> (string? classId, string? kind, string? assignmentId, QuizDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await GameList.LoadAsync(db, classId, kind, assignmentId, ct)))
            .WithSummary("The teacher's past games, newest first; filter by class, kind (live or practice) or assignment.");

        group.MapGet("/games/{id}", (string id, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
            WithGameAsync(db, id, time, ct, played => TypedResults.Ok(GameReports.Summary(played))))
            .WithSummary("One game's summary: players, questions played, accuracy, average score and answer time.");

        group.MapGet("/games/{id}/questions", (string id, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
            WithGameAsync(db, id, time, ct, played => TypedResults.Ok(GameReports.Questions(played))))
            .WithSummary("Each question played: accuracy, answer distribution and average answer time, hardest first.");

        group.MapGet("/games/{id}/players", (string id, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
            WithGameAsync(db, id, time, ct, played => TypedResults.Ok(GameReports.Players(played))))
            .WithSummary("Every player with every answer, highest score first.");

        group.MapGet("/games/{id}/export.csv", (string id, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
            WithGameAsync(db, id, time, ct, played =>
                TypedResults.File(CsvExport.Write(ExportTables.Answers(played)), "text/csv; charset=utf-8", ExportTables.FileName(played, "csv"))))
            .WithSummary("Every player's answer to every question played, one row each, as CSV.");

        group.MapGet("/games/{id}/export.xlsx", (string id, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
            WithGameAsync(db, id, time, ct, played => TypedResults.File(
                XlsxExport.Write(
                [
                    ExportTables.Summary(GameReports.Summary(played)),
                    ExportTables.Questions(GameReports.Questions(played)),
                    ExportTables.Players(GameReports.Players(played)),
                    ExportTables.Answers(played),
                ]),
                XlsxType,
                ExportTables.FileName(played, "xlsx"))))
            .WithSummary("The summary, questions, players and answers as an Excel workbook, one sheet each.");

        group.MapGet("/classes/{id}/mastery", async Task<Results<Ok<ClassMastery>, ProblemHttpResult>> (string id, bool? includeAbandoned, QuizDbContext db, CancellationToken ct) =>
            await ClassMasteryReport.LoadAsync(db, id, includeAbandoned ?? false, ct) is { } mastery
                ? TypedResults.Ok(mastery)
                : ClassRefusals.NotFound(id).ToProblem())
            .WithSummary("Mastery by skill across the class's games, live and practice, per student and for the class; abandoned games only with ?includeAbandoned=true.");

        return group;
    }

    private static async Task<Results<TResult, ProblemHttpResult>> WithGameAsync<TResult>(
        QuizDbContext db, string id, TimeProvider time, CancellationToken ct, Func<PlayedGame, TResult> answer)
        where TResult : IResult
    {
        var played = await PlayedGame.LoadAsync(db, db.Games, id, time.GetUtcNow(), ct);
        return played is null ? ResultRefusals.GameNotFound(id).ToProblem() : answer(played);
    }
}
