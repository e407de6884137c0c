using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>
/// Registers teachers and checks their passwords (PBKDF2 through ASP.NET Core's password hasher). Neither step
/// tells a stranger whether an address has an account: registering a taken address answers as for a new one, and
/// an unknown address is checked against a dummy hash so it takes as long as a known one. Wrong passwords are
/// slowed by <see cref="SignInThrottle"/> rather than locking the account.
/// </summary>
internal sealed class TeacherAccounts(
    QuizDbContext db, TimeProvider time, SignInThrottle throttle, TeacherInvitations invitations, IOptions<AccountOptions> options)
{
    private static readonly PasswordHasher<Teacher> Hasher = new();
    private static readonly Teacher Nobody = New("nobody@invalid", "Nobody", AccountStatus.Refused, DateTimeOffset.UnixEpoch);
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    /// <summary>Null when the registration was taken in (or the address already had an account); else why not.</summary>
    public async Task<ProblemHttpResult?> RegisterAsync(RegisterRequest request, CancellationToken ct)
    {
        var errors = RegistrationRules.Check(request);
        if (errors.Count > 0)
        {
            return AccountRefusals.InvalidRegistration.ToProblem(new Dictionary<string, object?> { ["errors"] = errors });
        }

        var email = request.Email!.Trim();
        var invited = !string.IsNullOrWhiteSpace(request.Invitation);
        if (invited && !await invitations.IsUsableAsync(request.Invitation!, ct))
        {
            return AccountRefusals.InvalidInvitation.ToProblem();
        }

        var status = invited || options.Value.OpensSignUpFor(email) ? AccountStatus.Approved : AccountStatus.Pending;
        // Hashed before looking the address up, so a taken address costs the same time as a new one.
        var teacher = New(email, request.DisplayName!.Trim(), status, time.GetUtcNow());
        teacher.PasswordHash = Hasher.HashPassword(teacher, request.Password!);
        if (await db.Teachers.AnyAsync(t => t.NormalizedEmail == teacher.NormalizedEmail, ct))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (invited && !await invitations.TryUseAsync(request.Invitation!, teacher.Id, ct))
        {
            return AccountRefusals.InvalidInvitation.ToProblem();
        }

        db.Teachers.Add(teacher);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same address registered a moment earlier: answered like any taken address, invitation kept.
            db.ChangeTracker.Clear();
        }

        return null;
    }

    /// <summary>Creates an account that configuration asks for, such as the first administrator.</summary>
    public async Task<Teacher> CreateAsync(RegisterRequest request, AccountStatus status, bool isAdministrator, CancellationToken ct)
    {
        var teacher = New(request.Email!.Trim(), request.DisplayName!.Trim(), status, time.GetUtcNow());
        teacher.IsAdministrator = isAdministrator;
        teacher.PasswordHash = Hasher.HashPassword(teacher, request.Password!);
        db.Teachers.Add(teacher);
        await db.SaveChangesAsync(ct);
        return teacher;
    }

    /// <summary>The teacher whose password this is, or the refusal to send: throttled, wrong, or refused account.</summary>
    public async Task<(Teacher? Teacher, ProblemHttpResult? Problem, TimeSpan RetryAfter)> SignInAsync(
        SignInRequest request, string address, CancellationToken ct)
    {
        var normalized = request.Email?.Trim().ToUpperInvariant() ?? "";
        var wait = throttle.WaitBefore(normalized, address);
        if (wait > TimeSpan.Zero)
        {
            return (null, AccountRefusals.Throttled.ToProblem(), wait);
        }

        var teacher = await db.Teachers.AsNoTracking().SingleOrDefaultAsync(t => t.NormalizedEmail == normalized, ct);
        var password = request.Password ?? "";
        var verified = Hasher.VerifyHashedPassword(teacher ?? Nobody, teacher?.PasswordHash ?? DummyHash.Value, password);
        if (teacher is null || password.Length == 0 || verified == PasswordVerificationResult.Failed)
        {
            throttle.RecordMistake(normalized, address);
            return (null, AccountRefusals.WrongCredentials.ToProblem(), TimeSpan.Zero);
        }

        throttle.RecordSuccess(normalized, address);
        return teacher.Status == AccountStatus.Refused
            ? (null, AccountRefusals.Refused.ToProblem(), TimeSpan.Zero)
            : (teacher, null, TimeSpan.Zero);
    }

    private static Teacher New(string email, string name, AccountStatus status, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        DisplayName = name,
        PasswordHash = "",
        Status = status,
        CreatedAt = now,
    };
}
