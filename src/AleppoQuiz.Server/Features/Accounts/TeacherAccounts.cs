using System.Net.Mail;
using AleppoQuiz.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>
/// Registers teachers and checks their passwords (PBKDF2 through ASP.NET Core's password hasher). After
/// <see cref="MaxFailedSignIns"/> wrong passwords an account is locked for <see cref="LockoutDuration"/>, on top of
/// the per-address rate limit on the sign-in endpoint.
/// </summary>
internal sealed class TeacherAccounts(QuizDbContext db, TimeProvider time)
{
    public const int MinPasswordLength = 10;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);
    private static readonly PasswordHasher<Teacher> Hasher = new();

    public async Task<(Teacher? Teacher, string? Problem)> RegisterAsync(RegisterRequest request, bool isAdministrator = false)
    {
        var email = request.Email?.Trim() ?? "";
        var name = request.DisplayName?.Trim() ?? "";
        if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            return (null, "Enter a valid e-mail address.");
        }

        if (name.Length is 0 or > 60)
        {
            return (null, "Enter your name as pupils should see it (1 to 60 characters).");
        }

        if ((request.Password?.Length ?? 0) < MinPasswordLength)
        {
            return (null, $"Choose a password of at least {MinPasswordLength} characters.");
        }

        var normalized = email.ToUpperInvariant();
        if (await db.Teachers.AnyAsync(t => t.NormalizedEmail == normalized))
        {
            return (null, "An account with this e-mail address already exists. Sign in instead.");
        }

        var teacher = new Teacher
        {
            Id = Guid.NewGuid().ToString("N"),
            Email = email,
            NormalizedEmail = normalized,
            DisplayName = name,
            PasswordHash = "",
            IsAdministrator = isAdministrator,
            CreatedAt = time.GetUtcNow(),
        };
        teacher.PasswordHash = Hasher.HashPassword(teacher, request.Password!);
        db.Teachers.Add(teacher);
        await db.SaveChangesAsync();
        return (teacher, null);
    }

    public async Task<(Teacher? Teacher, string? Problem)> SignInAsync(SignInRequest request)
    {
        var normalized = request.Email?.Trim().ToUpperInvariant() ?? "";
        var teacher = await db.Teachers.SingleOrDefaultAsync(t => t.NormalizedEmail == normalized);
        const string wrong = "The e-mail address or the password is wrong.";
        if (teacher is null || string.IsNullOrEmpty(request.Password))
        {
            return (null, wrong);
        }

        var now = time.GetUtcNow();
        if (teacher.LockedUntil > now)
        {
            return (null, "Too many wrong passwords: this account is locked for a few minutes.");
        }

        if (Hasher.VerifyHashedPassword(teacher, teacher.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            teacher.FailedSignIns++;
            if (teacher.FailedSignIns >= MaxFailedSignIns)
            {
                (teacher.FailedSignIns, teacher.LockedUntil) = (0, now + LockoutDuration);
            }

            await db.SaveChangesAsync();
            return (null, wrong);
        }

        (teacher.FailedSignIns, teacher.LockedUntil) = (0, null);
        await db.SaveChangesAsync();
        return (teacher, null);
    }
}
