using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AleppoQuiz.Server.Data;

/// <summary>
/// Brings a database to the current schema with the generated migrations, including databases made before they
/// existed. Those carry the history of the hand-written migrations, and the generated baseline creates exactly the
/// schema those left, so on such a database the baseline is recorded as applied instead of run; every migration
/// after it then runs as usual.
/// </summary>
internal static class SchemaUpgrade
{
    /// <summary>The last hand-written migration: a database that has it holds everything the baseline creates.</summary>
    public const string LastHandWrittenMigration = "20261205130000_ShortPrompts";

    public static async Task UpgradeSchemaAsync(this QuizDbContext db, CancellationToken cancellationToken = default)
    {
        var known = db.Database.GetMigrations().ToList();
        var baseline = known[0];
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var unknown = applied.Except(known).ToList();
        if (unknown.Count > 0 && !applied.Contains(baseline))
        {
            if (!applied.Contains(LastHandWrittenMigration))
            {
                // Running the baseline over part of its own tables would fail halfway, so nothing is touched.
                throw new InvalidOperationException(
                    $"The database was last migrated to {unknown.Max(StringComparer.Ordinal)}, which this version cannot " +
                    $"upgrade from: it upgrades databases migrated to {LastHandWrittenMigration} or later. Start a build " +
                    $"that still has the hand-written migrations (with {LastHandWrittenMigration}) on it once, then this one.");
            }

            // Server nodes sharing one PostgreSQL database may all start at once: the first node's row is enough.
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion") VALUES ({baseline}, {ProductInfo.GetVersion()}) ON CONFLICT DO NOTHING""",
                cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }
}
