using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>
/// Accounts wait for an administrator's approval, or come with a single-use invitation. Every account that
/// already exists is approved, so teachers who signed up before keep working. The per-account lock after wrong
/// passwords gives way to throttling held in memory, so its columns go.
/// </summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261205120000_AccountApproval")]
public sealed class AccountApproval : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Status", "Teachers", nullable: false, defaultValue: "Approved");
        migrationBuilder.CreateIndex("IX_Teachers_Status", "Teachers", "Status");
        // Plain SQL that SQLite (3.35 and later) and PostgreSQL both run; EF's SQLite provider refuses DropColumn.
        migrationBuilder.Sql("ALTER TABLE \"Teachers\" DROP COLUMN \"FailedSignIns\";");
        migrationBuilder.Sql("ALTER TABLE \"Teachers\" DROP COLUMN \"LockedUntil\";");

        migrationBuilder.CreateTable(
            name: "TeacherInvitations",
            columns: table => new
            {
                CodeHash = table.Column<string>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                ExpiresAt = table.Column<DateTimeOffset>(nullable: false),
                UsedAt = table.Column<DateTimeOffset>(nullable: true),
                UsedBy = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_TeacherInvitations", x => x.CodeHash));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("TeacherInvitations");
        migrationBuilder.AddColumn<int>("FailedSignIns", "Teachers", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<DateTimeOffset>("LockedUntil", "Teachers", nullable: true);
        migrationBuilder.DropIndex("IX_Teachers_Status", "Teachers");
        migrationBuilder.DropColumn("Status", "Teachers");
    }
}
