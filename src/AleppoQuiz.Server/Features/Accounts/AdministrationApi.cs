using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>Administrators approve or refuse new accounts and invite teachers who then register already approved.</summary>
internal static class AdministrationApi
{
    public static RouteGroupBuilder MapAdministration(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/admin").WithTags("Administration").RequireAuthorization(AccountPolicies.Administrator);

        group.MapGet("/accounts", async (QuizDbContext db, string? status, CancellationToken ct) =>
        {
            var wanted = Enum.TryParse<AccountStatus>(status, ignoreCase: true, out var parsed) ? parsed : AccountStatus.Pending;
            var accounts = await db.Teachers.AsNoTracking().Where(t => t.Status == wanted).ToListAsync(ct);
            return TypedResults.Ok(accounts.OrderBy(t => t.CreatedAt).Select(Summary).ToArray());
        })
        .WithSummary("Accounts with one status, oldest first: pending (awaiting approval) unless ?status=approved or refused.");

        group.MapPost("/accounts/{id}/approve", (string id, QuizDbContext db, CancellationToken ct) => DecideAsync(db, id, AccountStatus.Approved, ct))
            .RequireAntiforgeryHeader()
            .WithSummary("Approves an account: it sees answers, hosts and exports from its next request.");

        group.MapPost("/accounts/{id}/refuse", (string id, QuizDbContext db, CancellationToken ct) => DecideAsync(db, id, AccountStatus.Refused, ct))
            .RequireAntiforgeryHeader()
            .WithSummary("Refuses an account: it is signed out and cannot sign in again. An administrator cannot be refused.");

        group.MapPost("/invitations", async (InvitationRequest? request, TeacherInvitations invitations, HttpContext http, CancellationToken ct) =>
            TypedResults.Created("/api/admin/invitations", await invitations.CreateAsync(http.User.TeacherId(), request?.ValidDays, ct)))
            .RequireAntiforgeryHeader()
            .WithSummary($"A single-use invitation code and sign-up link, valid {TeacherInvitations.DefaultValidDays} days unless validDays (1 to {TeacherInvitations.MaxValidDays}) says otherwise.");

        return group;
    }

    private static async Task<Results<Ok<AccountSummary>, ProblemHttpResult>> DecideAsync(QuizDbContext db, string id, AccountStatus decision, CancellationToken ct)
    {
        var teacher = await db.Teachers.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (teacher is null)
        {
            return AccountRefusals.UnknownAccount.ToProblem();
        }

        if (teacher.IsAdministrator && decision == AccountStatus.Refused)
        {
            return AccountRefusals.AdministratorKept.ToProblem();
        }

        teacher.Status = decision;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Summary(teacher));
    }

    private static AccountSummary Summary(Teacher t) => new(t.Id, t.Email, t.DisplayName, TeacherPrincipal.StatusName(t.Status), t.CreatedAt);
}
