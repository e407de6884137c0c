using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>
/// Classes with rosters, homework assignments, and the links that say which class or assignment a game was played
/// for and which roster student each player was. Only new tables: existing games read as live games without a class.
/// </summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261121170000_ClassesAndPractice")]
public sealed class ClassesAndPractice : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Classes",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                OwnerId = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Code = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Classes", x => x.Id));

        migrationBuilder.CreateTable(
            name: "ClassStudents",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                ClassId = table.Column<string>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Position = table.Column<int>(nullable: false),
                RemovedAt = table.Column<DateTimeOffset>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ClassStudents", x => x.Id);
                table.ForeignKey("FK_ClassStudents_Classes_ClassId", x => x.ClassId, "Classes", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Assignments",
            columns: table => new
            {
                Id = table.Column<string>(nullable: false),
                OwnerId = table.Column<string>(nullable: false),
                QuizId = table.Column<string>(nullable: false),
                QuizTitle = table.Column<string>(nullable: false),
                QuizSnapshot = table.Column<string>(nullable: false),
                ClassId = table.Column<string>(nullable: true),
                Deadline = table.Column<DateTimeOffset>(nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Assignments", x => x.Id);
                table.ForeignKey("FK_Assignments_Classes_ClassId", x => x.ClassId, "Classes", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "GameLinks",
            columns: table => new
            {
                GameId = table.Column<string>(nullable: false),
                Kind = table.Column<string>(nullable: false),
                ClassId = table.Column<string>(nullable: true),
                AssignmentId = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GameLinks", x => x.GameId);
                table.ForeignKey("FK_GameLinks_Games_GameId", x => x.GameId, "Games", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_GameLinks_Classes_ClassId", x => x.ClassId, "Classes", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_GameLinks_Assignments_AssignmentId", x => x.AssignmentId, "Assignments", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "GamePlayerStudents",
            columns: table => new
            {
                GameId = table.Column<string>(nullable: false),
                PlayerId = table.Column<int>(nullable: false),
                StudentId = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GamePlayerStudents", x => new { x.GameId, x.PlayerId });
                table.ForeignKey(
                    "FK_GamePlayerStudents_GamePlayers_GameId_PlayerId",
                    x => new { x.GameId, x.PlayerId },
                    "GamePlayers",
                    ["GameId", "PlayerId"],
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_GamePlayerStudents_ClassStudents_StudentId", x => x.StudentId, "ClassStudents", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Classes_OwnerId", "Classes", "OwnerId");
        migrationBuilder.CreateIndex("IX_Classes_Code", "Classes", "Code", unique: true);
        migrationBuilder.CreateIndex("IX_ClassStudents_ClassId", "ClassStudents", "ClassId");
        migrationBuilder.CreateIndex("IX_Assignments_OwnerId", "Assignments", "OwnerId");
        migrationBuilder.CreateIndex("IX_Assignments_ClassId", "Assignments", "ClassId");
        migrationBuilder.CreateIndex("IX_GameLinks_ClassId", "GameLinks", "ClassId");
        migrationBuilder.CreateIndex("IX_GameLinks_AssignmentId", "GameLinks", "AssignmentId");
        migrationBuilder.CreateIndex("IX_GamePlayerStudents_StudentId", "GamePlayerStudents", "StudentId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("GamePlayerStudents");
        migrationBuilder.DropTable("GameLinks");
        migrationBuilder.DropTable("Assignments");
        migrationBuilder.DropTable("ClassStudents");
        migrationBuilder.DropTable("Classes");
    }
}
