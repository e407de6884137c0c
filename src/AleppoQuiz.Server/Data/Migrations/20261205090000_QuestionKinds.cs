using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>
/// Pinned option order on questions. Type-answer and poll questions need no other column: accepted answers are
/// option rows marked correct, and a poll's options are plain options.
/// </summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261205090000_QuestionKinds")]
public sealed class QuestionKinds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>("KeepOrder", "Questions", nullable: false, defaultValue: false);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("KeepOrder", "Questions");
}
