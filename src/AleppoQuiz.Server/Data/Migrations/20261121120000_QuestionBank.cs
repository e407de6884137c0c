using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>
/// Articles, quizzes, questions, options and evidence. Written by hand (the design-time tooling is not available
/// to this project) and without store types, so that SQLite and PostgreSQL each map the CLR types their own way.
/// A test checks that the migrated schema matches the model.
/// </summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261121120000_QuestionBank")]
public sealed class QuestionBank : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Articles",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                Outlet = table.Column<string>(nullable: false),
                WireCredit = table.Column<string>(nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Title = table.Column<string>(nullable: false),
                TitleSource = table.Column<string>(nullable: false),
                Url = table.Column<string>(nullable: true),
                OriginalFile = table.Column<string>(nullable: true),
                Text = table.Column<string>(nullable: false),
                Origin = table.Column<string>(nullable: false),
                ContentHash = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Articles", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Quizzes",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                Title = table.Column<string>(nullable: false),
                Description = table.Column<string>(nullable: false),
                Origin = table.Column<string>(nullable: false),
                ContentHash = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Quizzes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Questions",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                QuizId = table.Column<string>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Type = table.Column<string>(nullable: false),
                Skill = table.Column<string>(nullable: false),
                Difficulty = table.Column<string>(nullable: false),
                TimeLimitSeconds = table.Column<int>(nullable: false),
                Points = table.Column<int>(nullable: false),
                Prompt = table.Column<string>(nullable: false),
                Explanation = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Questions", x => x.Id);
                table.ForeignKey("FK_Questions_Quizzes_QuizId", x => x.QuizId, "Quizzes", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "QuestionOptions",
            columns: table => new
            {
                QuestionId = table.Column<string>(nullable: false),
                Position = table.Column<int>(nullable: false),
                Text = table.Column<string>(nullable: false),
                Correct = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_QuestionOptions", x => new { x.QuestionId, x.Position });
                table.ForeignKey("FK_QuestionOptions_Questions_QuestionId", x => x.QuestionId, "Questions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "QuestionEvidence",
            columns: table => new
            {
                QuestionId = table.Column<string>(nullable: false),
                Position = table.Column<int>(nullable: false),
                ArticleId = table.Column<string>(nullable: false),
                Quote = table.Column<string>(nullable: false),
                Start = table.Column<int>(nullable: false),
                End = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_QuestionEvidence", x => new { x.QuestionId, x.Position });
                table.ForeignKey("FK_QuestionEvidence_Articles_ArticleId", x => x.ArticleId, "Articles", "Id", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("FK_QuestionEvidence_Questions_QuestionId", x => x.QuestionId, "Questions", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Questions_QuizId_Position", "Questions", ["QuizId", "Position"]);
        migrationBuilder.CreateIndex("IX_QuestionEvidence_ArticleId", "QuestionEvidence", "ArticleId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("QuestionEvidence");
        migrationBuilder.DropTable("QuestionOptions");
        migrationBuilder.DropTable("Questions");
        migrationBuilder.DropTable("Quizzes");
        migrationBuilder.DropTable("Articles");
    }
}
