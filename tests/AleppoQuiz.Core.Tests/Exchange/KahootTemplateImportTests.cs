using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.QuestionBank;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>
/// A workbook laid out as Kahoot's quiz template and saved the way Excel saves it (shared strings, no sheet of
/// ours): every question arrives with its answers, keys and time limit.
/// </summary>
public class KahootTemplateImportTests
{
    [Fact]
    public void A_workbook_on_Kahoot_s_template_gives_its_questions()
    {
        var workbook = Template(
            (2, ["", "Quiz template"]),
            (8, ["", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters", "Answer 3 - max 75 characters", "Answer 4 - max 75 characters", "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"]),
            (9, ["1", "Who told AFP the evacuation was suspended?", "The Observatory", "A security source", "Turkish officials", "", "20", "2"]),
            (10, ["2", "Which outlets cite Reuters?", "BBC", "AFP", "NBC News", "VOA", "30", "1,3"]),
            (11, ["3", "AFP gives 8500 evacuees.", "True", "False", "", "", "10", "1"]));

        var quiz = QuizExchange.Import(ExchangeFormat.Kahoot, workbook, new ImportOptions { SourceName = "week 3.xlsx" });

        Assert.Equal([QuestionType.Single, QuestionType.Multi, QuestionType.TrueFalse], quiz.Questions.Select(q => q.Type));
        Assert.Equal(["The Observatory", "A security source", "Turkish officials"], quiz.Questions[0].Options.Select(o => o.Text));
        Assert.Equal([1], quiz.Questions[0].CorrectOptionIndexes);
        Assert.Equal([0, 2], quiz.Questions[1].CorrectOptionIndexes);
        Assert.Equal([20, 30, 10], quiz.Questions.Select(q => q.TimeLimitSeconds));
        Assert.Equal("Which outlets cite Reuters?", quiz.Questions[1].Prompt);
    }

    private static byte[] Template(params (int Row, string[] Cells)[] rows)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var data = new SheetData();
            foreach (var (number, cells) in rows)
            {
                var row = new Row { RowIndex = (uint)number };
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c].Length == 0)
                    {
                        continue;
                    }

                    var reference = $"{(char)('A' + c)}{number}";
                    row.Append(int.TryParse(cells[c], out _)
                        ? new Cell { CellReference = reference, CellValue = new CellValue(cells[c]) }
                        : new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Shared(strings, cells[c])) });
                }

                data.Append(row);
            }

            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Sheet1" });
        }

        return buffer.ToArray();
    }

    private static string Shared(SharedStringTablePart strings, string text)
    {
        strings.SharedStringTable!.Append(new SharedStringItem(new Text(text)));
        return (strings.SharedStringTable.Count() - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
