using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>
/// Pinned option order on questions, and the text of typed answers. Accepted answers of a type-answer question
/// are option rows marked correct, and a poll's options are plain options, so they need no column of their own.
/// </summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261205090000_QuestionKinds")]
public sealed class QuestionKinds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<bool>("KeepOrder", "Questions", nullable: false, defaultValue: false);
        migrationBuilder.AddColumn<string>("Text", "GameAnswers", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("Text", "GameAnswers");
        migrationBuilder.DropColumn("KeepOrder", "Questions");
    }
}
