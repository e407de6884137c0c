using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>Teacher accounts, and an owner on quizzes, articles and games (null for built-in content).</summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261121140000_TeacherAccounts")]
public sealed class TeacherAccounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Teachers",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                Email = table.Column<string>(nullable: false),
                NormalizedEmail = table.Column<string>(nullable: false),
                DisplayName = table.Column<string>(nullable: false),
                PasswordHash = table.Column<string>(nullable: false),
                IsAdministrator = table.Column<bool>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                FailedSignIns = table.Column<int>(nullable: false),
                LockedUntil = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Teachers", x => x.Id));
        migrationBuilder.CreateIndex("IX_Teachers_NormalizedEmail", "Teachers", "NormalizedEmail", unique: true);

        migrationBuilder.AddColumn<string>("OwnerId", "Quizzes", nullable: true);
        migrationBuilder.AddColumn<string>("OwnerId", "Articles", nullable: true);
        migrationBuilder.AddColumn<string>("OwnerId", "Games", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("OwnerId", "Games");
        migrationBuilder.DropColumn("OwnerId", "Articles");
        migrationBuilder.DropColumn("OwnerId", "Quizzes");
        migrationBuilder.DropTable("Teachers");
    }
}
