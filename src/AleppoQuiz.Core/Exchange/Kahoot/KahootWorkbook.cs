using System.Globalization;
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

    public static byte[] Write(IEnumerable<SheetContent> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var (number, cells) in sheet.Rows)
                {
                    var row = new Row { RowIndex = (uint)number };
                    for (var column = 0; column < cells.Count; column++)
                    {
                        if (cells[column] is { } value && !(value is string { Length: 0 }))
                        {
                            row.Append(Cell(KahootTemplate.ColumnName(column) + number, value));
                        }
                    }

                    data.Append(row);
                }

                part.Worksheet = new Worksheet(data);
                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
            }

            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

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

    private static Cell Cell(string reference, object value) => value switch
    {
        int number => new Cell
        {
            CellReference = reference,
            DataType = CellValues.Number,
            CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
        },
        _ => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(value.ToString() ?? "") { Space = SpaceProcessingModeValues.Preserve }),
        },
    };
}
