using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>
/// Invitations an administrator creates: each code registers one teacher, already approved, before it expires.
/// Codes are as unguessable as host keys and stored only as hashes.
/// </summary>
internal sealed class TeacherInvitations(QuizDbContext db, TimeProvider time)
{
    public const int DefaultValidDays = 7;
    public const int MaxValidDays = 30;

    public async Task<InvitationCreated> CreateAsync(string administratorId, int? validDays, CancellationToken ct)
    {
        var code = Secrets.NewToken();
        var now = time.GetUtcNow();
        var invitation = new TeacherInvitation
        {
            CodeHash = Secrets.Hash(code),
            CreatedBy = administratorId,
            CreatedAt = now,
            ExpiresAt = now.AddDays(Math.Clamp(validDays ?? DefaultValidDays, 1, MaxValidDays)),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return new InvitationCreated(code, $"/teacher.html?invitation={code}", invitation.ExpiresAt);
    }

    public async Task<bool> IsUsableAsync(string code, CancellationToken ct)
    {
        if (!Secrets.IsWellFormed(code))
        {
            return false;
        }

        // Expiry is compared here: SQLite cannot compare DateTimeOffset values in a query.
        var hash = Secrets.Hash(code);
        var found = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.CodeHash == hash, ct);
        return found is { UsedAt: null } && found.ExpiresAt > time.GetUtcNow();
    }

    /// <summary>Marks the code used by <paramref name="teacherId"/>; false when it was used or expired meanwhile.</summary>
    public async Task<bool> TryUseAsync(string code, string teacherId, CancellationToken ct)
    {
        if (!await IsUsableAsync(code, ct))
        {
            return false;
        }

        var hash = Secrets.Hash(code);
        var now = time.GetUtcNow();
        // One conditional update, so two sign-ups racing with the same code cannot both have it.
        var claimed = await db.Invitations
            .Where(i => i.CodeHash == hash && i.UsedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, now).SetProperty(i => i.UsedBy, teacherId), ct);
        return claimed == 1;
    }
}
