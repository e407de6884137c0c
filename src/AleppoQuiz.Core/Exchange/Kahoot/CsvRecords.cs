using System.Text;

namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>One CSV record and the file line it starts on (a quoted cell may run over several lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Cells)
{
    public string Cell(int? index) => index is { } i && i < Cells.Count ? Cells[i].Trim() : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// RFC 4180 CSV, read and written by hand because the rules are short and the reader must know the line of every
/// record for its error messages. The separator is guessed from the header line, since spreadsheets set to a
/// European locale save with semicolons.
/// </summary>
internal static class CsvRecords
{
    public static char GuessSeparator(string text)
    {
        var header = text.Split('\n').FirstOrDefault(l => l.Contains("Answer 1", StringComparison.OrdinalIgnoreCase)) ?? text.Split('\n')[0];
        return new[] { ',', ';', '\t' }.MaxBy(c => header.Count(x => x == c));
    }

    public static List<CsvRecord> Read(string text, char separator)
    {
        var records = new List<CsvRecord>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.ToString().Trim().Length == 0)
            {
                (quoted, quoteLine) = (true, line);
                cell.Clear();
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                cells.Add(cell.ToString());
                records.Add(new CsvRecord(recordLine, cells.ToArray()));
                (cells, recordLine) = ([], ++line);
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw ExchangeFormatException.AtLine(quoteLine, "a quoted cell opened here is never closed with '\"'");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add(new CsvRecord(recordLine, cells.ToArray()));
        }

        return records;
    }

    public static string Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    // Quoting is needed for separators, quotes and line breaks; edge spaces are quoted so spreadsheets keep them.
    private static string Quote(string cell) =>
        cell.IndexOfAny([',', ';', '\t', '"', '\n', '\r']) >= 0 || cell != cell.Trim()
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;
}
