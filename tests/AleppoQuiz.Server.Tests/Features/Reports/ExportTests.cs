using System.Globalization;
using AleppoQuiz.Server.Data;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Reports;

/// <summary>The CSV and Excel exports, read back with a CSV parser and the Open XML SDK and compared with the database.</summary>
[Collection(PlayedClassGameCollection.Name)]
public sealed class ExportTests(PlayedClassGame played)
{
    [Fact]
    public async Task The_csv_has_one_row_per_player_and_question_matching_the_stored_answers()
    {
        var response = await played.Teacher.Http.GetAsync($"/api/reports/games/{played.GameId}/export.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);

        using var reader = new StringReader(await response.Content.ReadAsStringAsync());
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var rows = new List<Dictionary<string, string>>();
        await csv.ReadAsync();
        csv.ReadHeader();
        while (await csv.ReadAsync())
        {
            rows.Add(csv.HeaderRecord!.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        await CompareWithDatabaseAsync(rows, bools: v => bool.Parse(v));
    }

    [Fact]
    public async Task The_workbook_holds_the_same_answers_and_the_players_totals()
    {
        var response = await played.Teacher.Http.GetAsync($"/api/reports/games/{played.GameId}/export.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Equal(["Summary", "Questions", "Players", "Answers"], Sheets(document).Keys);

        await CompareWithDatabaseAsync(Sheets(document)["Answers"], bools: v => v == "1");
        var players = Sheets(document)["Players"];
        var answers = await StoredAnswersAsync();
        foreach (var row in players)
        {
            var id = int.Parse(row["Player id"], CultureInfo.InvariantCulture);
            Assert.Equal(answers.Where(a => a.PlayerId == id).Sum(a => a.Points ?? 0), int.Parse(row["Score"], CultureInfo.InvariantCulture));
            Assert.Equal(answers.Count(a => a.PlayerId == id && a.Correct == true), int.Parse(row["Correct"], CultureInfo.InvariantCulture));
        }
    }

    private async Task CompareWithDatabaseAsync(List<Dictionary<string, string>> rows, Func<string, bool> bools)
    {
        var answers = await StoredAnswersAsync();
        Assert.Equal(3 * played.QuestionCount, rows.Count);
        Assert.Equal(answers.Count, rows.Count(r => bools(r["Answered"])));
        foreach (var row in rows)
        {
            var playerId = int.Parse(row["Player id"], CultureInfo.InvariantCulture);
            var index = int.Parse(row["Question"], CultureInfo.InvariantCulture) - 1;
            var stored = answers.SingleOrDefault(a => a.PlayerId == playerId && a.QuestionIndex == index);
            Assert.Equal(stored is not null, bools(row["Answered"]));
            Assert.Equal(stored?.Correct == true, bools(row["Correct"]));
            Assert.Equal(stored?.Points ?? 0, int.Parse(row["Points"], CultureInfo.InvariantCulture));
            Assert.Equal(stored?.AnswerTimeMs?.ToString(CultureInfo.InvariantCulture) ?? "", row["Answer time (ms)"]);
            Assert.Equal(stored?.QuestionId ?? row["Question id"], row["Question id"]);
            Assert.Equal(row["Nickname"], row["Student"]);
            Assert.Equal("7B", row["Class"]);
        }
    }

    private async Task<List<StoredGameAnswer>> StoredAnswersAsync()
    {
        using var scope = played.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<QuizDbContext>().GameAnswers.Where(a => a.GameId == played.GameId).ToListAsync();
    }

    /// <summary>Each sheet's rows as header → text, read through the workbook's own relationships.</summary>
    private static Dictionary<string, List<Dictionary<string, string>>> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        var sheets = new Dictionary<string, List<Dictionary<string, string>>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(r => r.Elements<Cell>().Select(Text).ToList()).ToList();
            sheets[sheet.Name!] = [.. rows.Skip(1).Select(r => rows[0].Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i < r.Count ? r[x.i] : ""))];
        }

        return sheets;
    }

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? "" : cell.CellValue?.Text ?? "";
}
