using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>An edit counter on quizzes for optimistic concurrency, and an index to list a teacher's quizzes.</summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261121150000_QuizVersions")]
public sealed class QuizVersions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("Version", "Quizzes", nullable: false, defaultValue: 0);
        migrationBuilder.CreateIndex("IX_Quizzes_OwnerId", "Quizzes", "OwnerId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Quizzes_OwnerId", "Quizzes");
        migrationBuilder.DropColumn("Version", "Quizzes");
    }
}
