using AleppoQuiz.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>Teachers who signed up before accounts needed approval keep working after the upgrade.</summary>
public class AccountMigrationTests
{
    [Fact]
    public void Accounts_that_existed_before_approval_are_approved_after_migrating()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var before = Context(connection))
        {
            before.GetService<IMigrator>().Migrate("20261205091000_ArticleParagraphRoles");
        }

        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO Teachers (Id, Email, NormalizedEmail, DisplayName, PasswordHash, IsAdministrator, CreatedAt, FailedSignIns, LockedUntil)
                VALUES ('t1', 'old@school.example', 'OLD@SCHOOL.EXAMPLE', 'Old Hand', 'hash', 0, '2026-11-30 08:00:00+00:00', 2, NULL)
                """;
            insert.ExecuteNonQuery();
        }

        using var after = Context(connection);
        after.Database.Migrate();

        var teacher = after.Teachers.Single();
        Assert.Equal(("Old Hand", AccountStatus.Approved), (teacher.DisplayName, teacher.Status));
    }

    private static QuizDbContext Context(SqliteConnection connection) => new(new DbContextOptionsBuilder<QuizDbContext>()
        .UseSqlite(connection)
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .Options);
}
