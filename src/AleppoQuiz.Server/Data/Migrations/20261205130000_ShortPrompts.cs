using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>
/// A question's short prompt: the author's own shorter wording for tools that cap a question's length, such as
/// Kahoot's 120 characters. Existing questions have none.
/// </summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261205130000_ShortPrompts")]
public sealed class ShortPrompts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("ShortPrompt", "Questions", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("ShortPrompt", "Questions");
}
