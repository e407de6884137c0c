using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace AleppoQuiz.Server.Data.Migrations;

/// <summary>
/// Which paragraphs of an article are photo captions and which is its credit line: both stay in the text as
/// published, and are shown and analysed as what they are rather than as the outlet's reporting.
/// </summary>
[DbContext(typeof(QuizDbContext))]
[Migration("20261205091000_ArticleParagraphRoles")]
public sealed class ArticleParagraphRoles : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("CaptionParagraphs", "Articles", nullable: true);
        migrationBuilder.AddColumn<int>("CreditLineParagraph", "Articles", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("CreditLineParagraph", "Articles");
        migrationBuilder.DropColumn("CaptionParagraphs", "Articles");
    }
}
