using Columns = AleppoQuiz.Core.Exchange.Kahoot.KahootColumns;

namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>
/// Reads the rows of Kahoot's quiz spreadsheet, from a workbook or a CSV. Rows above the header are Kahoot's
/// instructions or our quiz rows; rows below are questions. A plain Kahoot row gives a single-choice question for
/// one correct answer and a multi-select one for several; True and False as the only answers make a true/false
/// question.
/// </summary>
internal static class KahootSheetReader
{
    public static ImportResult Read(List<CsvRecord> records, ImportOptions options)
    {
        var header = KahootHeader.Find(records, out var headerIndex) ?? throw ExchangeFormatException.AtLine(1,
            $"no header row: the spreadsheet needs the columns {string.Join(", ", Columns.KahootHeaders)}");
        if (header[Columns.Correct] is null)
        {
            throw ExchangeFormatException.AtLine(header.Line, $"the header row has no '{Columns.Correct}' column");
        }

        var preamble = records.Take(headerIndex).ToArray();
        var rows = records.Skip(headerIndex + 1)
            .Where(r => !r.IsBlank && Enumerable.Range(0, Columns.MaxAnswers + 1).Any(i => r.Cell(header[i == 0 ? Columns.Question : Columns.Answer(i)]).Length > 0))
            .ToArray();
        if (rows.Length > KahootTemplate.MaxQuestions)
        {
            throw ExchangeFormatException.AtLine(rows[KahootTemplate.MaxQuestions].Line,
                $"more than {KahootTemplate.MaxQuestions} questions: Kahoot's template holds at most {KahootTemplate.MaxQuestions}");
        }

        var questions = rows.Select(r => KahootRow.Read(r, header, options)).ToArray();
        return ImportedQuiz.Assemble(
            QuizField(preamble, Columns.QuizId), QuizField(preamble, Columns.QuizTitle), QuizField(preamble, Columns.QuizDescription), questions, options);
    }

    private static string? QuizField(IEnumerable<CsvRecord> rows, string name) => rows
        .Select(r => r.Cells.Select(c => c.Trim()).ToList())
        .Where(cells => cells.IndexOf(name) is var at && at >= 0 && at + 1 < cells.Count)
        .Select(cells => cells[cells.IndexOf(name) + 1])
        .FirstOrDefault();
}
