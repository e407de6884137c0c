using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>One CSV record and the file line it starts on (a quoted cell may run over several lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Cells)
{
    public string Cell(int? index) => index is { } i && i < Cells.Count ? Cells[i].Trim() : "";

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// RFC 4180 CSV through CsvHelper, with the line each record starts on for error messages and caps on rows and
/// columns checked as records arrive, so a file of nothing but separators costs little. The separator is guessed
/// from the header line, since spreadsheets set to a European locale save with semicolons.
/// </summary>
internal static class CsvRecords
{
    public static char GuessSeparator(string text)
    {
        var header = text.Split('\n').FirstOrDefault(l => l.Contains("Answer 1", StringComparison.OrdinalIgnoreCase)) ?? text.Split('\n')[0];
        return new[] { ',', ';', '\t' }.MaxBy(c => header.Count(x => x == c));
    }

    /// <summary>Kahoot's template holds 1,000 questions at most; a file far beyond that is not a quiz.</summary>
    public const int MaxRecords = 1_100;

    /// <summary>The template's columns and ours fit easily; thousands of cells in a row are an attack or an accident.</summary>
    public const int MaxCells = 100;

    /// <summary>A thousand questions with every column filled stay well under this.</summary>
    public const int MaxChars = 2 * 1024 * 1024;

    // CsvHelper reads an unclosed quote to the end of the file as one cell; the teacher needs to hear where it opened.
    private static void CheckQuotesClose(string text)
    {
        var (quoted, line, openedOn) = (false, 1, 0);
        foreach (var c in text)
        {
            if (c == '"')
            {
                (quoted, openedOn) = (!quoted, quoted ? openedOn : line);
            }
            else if (c == '\n')
            {
                line++;
            }
        }

        if (quoted)
        {
            throw ExchangeFormatException.AtLine(openedOn, "a quoted cell opened here is never closed with '\"'");
        }
    }

    public static List<CsvRecord> Read(string text, char separator)
    {
        if (text.Length > MaxChars)
        {
            throw new ExchangeFormatException(null, $"a quiz spreadsheet larger than {MaxChars / (1024 * 1024)} MB of text is not read");
        }

        CheckQuotesClose(text);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator.ToString(),
            BadDataFound = null,
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.None,
        };
        var records = new List<CsvRecord>();
        using var parser = new CsvParser(new StringReader(text), configuration);
        var line = 1;
        try
        {
            while (parser.Read())
            {
                if (parser.Count > MaxCells)
                {
                    throw ExchangeFormatException.AtLine(line, $"a row of {parser.Count} cells: a quiz spreadsheet has at most {MaxCells} columns");
                }

                if (records.Count == MaxRecords)
                {
                    throw ExchangeFormatException.AtLine(line, $"more than {MaxRecords} rows: Kahoot's template holds at most 1,000 questions");
                }

                records.Add(new CsvRecord(line, parser.Record ?? []));
                line = parser.RawRow + 1;
            }
        }
        catch (CsvHelperException ex)
        {
            throw ExchangeFormatException.AtLine(line, $"the CSV cannot be read: {ex.Message.Split('\n')[0]}");
        }

        return records;
    }
}
