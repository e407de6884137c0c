using System.Globalization;
using System.Text;
using CsvHelper;

namespace AleppoQuiz.Server.Features.Reports;

/// <summary>
/// The answers table as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs read accents right).
/// Yes/no cells are written "true"/"false" and empty cells stand for "no value", such as the time of a missing answer.
/// Text that a spreadsheet would run as a formula (a nickname "=HYPERLINK(...)") is neutralised as OWASP advises:
/// a leading apostrophe makes the spreadsheet show it as text.
/// </summary>
internal static class CsvExport
{
    public static byte[] Write(ExportTable table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var header in table.Headers)
            {
                csv.WriteField(header);
            }

            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Text(cell));
                }

                csv.NextRecord();
            }
        }

        return buffer.ToArray();
    }

    private static string Text(object? cell) => cell switch
    {
        null => "",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Neutralised(cell.ToString() ?? ""),
    };

    // Numbers are written by us and stay numbers; only text can carry someone's formula.
    private static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
