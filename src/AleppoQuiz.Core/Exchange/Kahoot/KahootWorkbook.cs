using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>
/// The few spreadsheet operations the Kahoot codec needs: writing sheets of cells at exact positions, and reading a
/// sheet back as rows of text whatever wrote it (inline or shared strings, numbers).
/// </summary>
internal static class KahootWorkbook
{
    /// <summary>A sheet to write: each row number (1-based) with its cells, text or numbers, from column A.</summary>
    public sealed record SheetContent(string Name, IReadOnlyList<(int Row, IReadOnlyList<object?> Cells)> Rows);

    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    // The parts are written as Excel writes them, with the spreadsheet namespace as the default: readers that match
    // element names literally (exceljs) do not find the "x:worksheet" the SDK's own serialiser would write.
    public static byte[] Write(IEnumerable<SheetContent> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var listed = new List<XElement>();
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                Feed(part, new XElement(Main + "worksheet", new XElement(Main + "sheetData", sheet.Rows.Select(RowXml))));
                listed.Add(new XElement(Main + "sheet",
                    new XAttribute("name", sheet.Name),
                    new XAttribute("sheetId", listed.Count + 1),
                    new XAttribute(Relationships + "id", workbook.GetIdOfPart(part))));
            }

            Feed(workbook, new XElement(Main + "workbook",
                new XAttribute(XNamespace.Xmlns + "r", Relationships.NamespaceName),
                new XElement(Main + "sheets", listed)));
        }

        return buffer.ToArray();
    }

    private static void Feed(OpenXmlPart part, XElement root)
    {
        using var stream = new MemoryStream();
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(stream);
        stream.Position = 0;
        part.FeedData(stream);
    }

    private static XElement RowXml((int Row, IReadOnlyList<object?> Cells) row) => new(Main + "row",
        new XAttribute("r", row.Row),
        row.Cells.Select((value, column) => (value, column))
            .Where(c => c.value is not null and not string { Length: 0 })
            .Select(c => CellXml(KahootTemplate.ColumnName(c.column) + row.Row, c.value!)));

    private static XElement CellXml(string reference, object value) => value is int number
        ? new XElement(Main + "c", new XAttribute("r", reference), new XElement(Main + "v", number.ToString(CultureInfo.InvariantCulture)))
        : new XElement(Main + "c", new XAttribute("r", reference), new XAttribute("t", "inlineStr"),
            new XElement(Main + "is", new XElement(Main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), value.ToString())));

    /// <summary>Every non-empty row of the named sheet (or the first sheet), as its row number and cell texts.</summary>
    public static List<CsvRecord> Read(SpreadsheetDocument document, string? sheetName)
    {
        var workbook = document.WorkbookPart ?? throw new ExchangeFormatException(null, "the workbook has no sheets");
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToArray() ?? [];
        var sheet = sheetName is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => s.Name?.Value == sheetName);
        if (sheet?.Id?.Value is not { } id)
        {
            return [];
        }

        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var part = (WorksheetPart)workbook.GetPartById(id);
        var rows = new List<CsvRecord>();
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? KahootTemplate.ColumnOf(reference) : cells.Count;
                if (column >= CsvRecords.MaxCells)
                {
                    throw ExchangeFormatException.AtLine((int)(row.RowIndex?.Value ?? 0), $"a cell beyond column {CsvRecords.MaxCells}: a quiz sheet has no use for it");
                }

                while (cells.Count < column)
                {
                    cells.Add("");
                }

                cells.Add(Text(cell, shared));
            }

            var record = new CsvRecord((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells);
            if (!record.IsBlank)
            {
                rows.Add(record);
            }
        }

        return rows;
    }

    private static string Text(Cell cell, string[] shared)
    {
        var value = cell.CellValue?.Text ?? "";
        return cell.DataType?.Value switch
        {
            var t when t == CellValues.SharedString => int.TryParse(value, out var i) && i >= 0 && i < shared.Length ? shared[i] : "",
            var t when t == CellValues.InlineString => cell.InlineString?.InnerText ?? "",
            _ => value,
        };
    }
}
