using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>
/// Reads Kahoot's quiz template workbook: the first sheet as Kahoot lays it out, and, when the file came from us,
/// the AleppoQuiz sheet whose rows name the template row they complete. Both are joined into the rows the
/// spreadsheet reader shared with CSV understands.
/// </summary>
internal static class KahootXlsxReader
{
    public const string RowColumn = "Row";

    // A quiz sheet is text; a part that unpacks to more than this is a zip bomb, not a quiz.
    private const long MaxCharactersInPart = 20_000_000;

    public static ImportResult Read(byte[] content, ImportOptions options)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var quizRows = KahootWorkbook.Read(document, null);
            var ourRows = KahootWorkbook.Read(document, KahootTemplate.OurSheet);
            return KahootSheetReader.Read(Join(quizRows, ourRows), options);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException)
        {
            throw new ExchangeFormatException(null, "this is not an .xlsx workbook Kahoot or a spreadsheet program wrote: " + ex.Message, ex);
        }
    }

    // Our header row (the one starting "Row") is appended to the template's header, and each of our rows to the
    // template row it names; our quiz rows above the header join the rows above the template's header.
    private static List<CsvRecord> Join(List<CsvRecord> quizRows, List<CsvRecord> ourRows)
    {
        var ourHeader = ourRows.FindIndex(r => r.Cell(0) == RowColumn);
        if (ourHeader < 0)
        {
            return quizRows;
        }

        var extras = ourRows.Skip(ourHeader + 1)
            .Where(r => int.TryParse(r.Cell(0), out _))
            .GroupBy(r => int.Parse(r.Cell(0), provider: null))
            .ToDictionary(g => g.Key, g => g.First().Cells.Skip(1).ToArray());
        var width = quizRows.Select(r => r.Cells.Count).DefaultIfEmpty(0).Max();
        IReadOnlyList<string> Widen(CsvRecord row, IEnumerable<string> more) =>
            row.Cells.Concat(Enumerable.Repeat("", width - row.Cells.Count)).Concat(more).ToArray();

        var headerLine = quizRows.FirstOrDefault(r => r.Cells.Any(c => c.Trim().StartsWith(KahootColumns.Answer(1), StringComparison.OrdinalIgnoreCase)))?.Line;
        var joined = ourRows.Take(ourHeader).Select(r => r with { Line = 0 }).ToList();
        joined.AddRange(quizRows.Select(row =>
            row.Line == headerLine ? row with { Cells = Widen(row, ourRows[ourHeader].Cells.Skip(1)) }
            : extras.TryGetValue(row.Line, out var more) ? row with { Cells = Widen(row, more) }
            : row));
        return joined;
    }
}
