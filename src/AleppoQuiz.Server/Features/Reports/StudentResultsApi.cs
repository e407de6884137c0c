using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>
/// A student's private results page. The link carries the player token in its fragment, which browsers never send;
/// the page passes it in a header, and the server compares its hash with the one stored for a player of that game.
/// Any mismatch, including another student's token, answers the same 404.
/// </summary>
internal static class StudentResultsApi
{
    public const string TokenHeader = "X-Player-Token";

    public static RouteGroupBuilder MapStudentResults(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/results").WithTags("Results");

        group.MapGet("/{gameId}", async Task<Results<Ok<StudentResults>, ProblemHttpResult>> (
            string gameId, HttpRequest request, QuizDbContext db, [FromKeyedServices(LiveSetup.GameClock)] TimeProvider time, CancellationToken ct) =>
        {
            var player = await FindPlayerAsync(db, gameId, request.Headers[TokenHeader].ToString(), ct);
            // The player token is the student's credential; students never sign in, so no teacher's filter applies.
            var played = player is null ? null : await PlayedGame.LoadAsync(db, db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]), gameId, time.GetUtcNow(), ct);
            if (player is null || played is null)
            {
                return ResultRefusals.NoResults.ToProblem();
            }

            return TypedResults.Ok(StudentResultsBuilder.Build(played, player));
        })
        .WithSummary("One player's own answers, the right answers, explanations and evidence; the player token goes in the X-Player-Token header.");

        return group;
    }

    /// <summary>The player of this game whose token this is, or null.</summary>
    public static async Task<StoredGamePlayer?> FindPlayerAsync(QuizDbContext db, string gameId, string token, CancellationToken ct)
    {
        if (!Secrets.IsWellFormed(token))
        {
            return null;
        }

        var hash = Secrets.Hash(token);
        return await db.GamePlayers.AsNoTracking().SingleOrDefaultAsync(p => p.GameId == gameId && p.TokenHash == hash, ct);
    }
}
