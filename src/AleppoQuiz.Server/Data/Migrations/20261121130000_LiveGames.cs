using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>Games, their command logs, players and answers. Hand-written like the first migration.</summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261121130000_LiveGames")]
public sealed class LiveGames : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Games",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                Pin = table.Column<string>(nullable: false),
                QuizId = table.Column<string>(nullable: false),
                QuizTitle = table.Column<string>(nullable: false),
                QuizSnapshot = table.Column<string>(nullable: false),
                Seed = table.Column<long>(nullable: false),
                HostKeyHash = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
                EndedAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Games", x => x.Id));

        migrationBuilder.CreateTable(
            name: "GameCommands",
            columns: table => new
            {
                GameId = table.Column<string>(nullable: false),
                Sequence = table.Column<long>(nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
                Command = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GameCommands", x => new { x.GameId, x.Sequence });
                table.ForeignKey("FK_GameCommands_Games_GameId", x => x.GameId, "Games", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "GamePlayers",
            columns: table => new
            {
                GameId = table.Column<string>(nullable: false),
                PlayerId = table.Column<int>(nullable: false),
                Nickname = table.Column<string>(nullable: false),
                TokenHash = table.Column<string>(nullable: false),
                JoinedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GamePlayers", x => new { x.GameId, x.PlayerId });
                table.ForeignKey("FK_GamePlayers_Games_GameId", x => x.GameId, "Games", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "GameAnswers",
            columns: table => new
            {
                GameId = table.Column<string>(nullable: false),
                QuestionIndex = table.Column<int>(nullable: false),
                PlayerId = table.Column<int>(nullable: false),
                QuestionId = table.Column<string>(nullable: false),
                OptionIds = table.Column<string>(nullable: false),
                ReceivedAt = table.Column<DateTimeOffset>(nullable: false),
                Correct = table.Column<bool>(nullable: true),
                Points = table.Column<int>(nullable: true),
                AnswerTimeMs = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GameAnswers", x => new { x.GameId, x.QuestionIndex, x.PlayerId });
                table.ForeignKey("FK_GameAnswers_Games_GameId", x => x.GameId, "Games", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Games_EndedAt", "Games", "EndedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("GameAnswers");
        migrationBuilder.DropTable("GamePlayers");
        migrationBuilder.DropTable("GameCommands");
        migrationBuilder.DropTable("Games");
    }
}
