using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>
/// Games the server ended because nobody played on are marked abandoned, apart from games a host finished.
/// Games ended before this was recorded read as finished.
/// </summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261205121000_AbandonedGames")]
public sealed class AbandonedGames : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>("Abandoned", "Games", nullable: false, defaultValue: false);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("Abandoned", "Games");
}
