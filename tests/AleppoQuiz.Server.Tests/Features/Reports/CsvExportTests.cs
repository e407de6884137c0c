using System.Globalization;
using System.Text;
using AleppoQuiz.Server.Features.Reports;
using CsvHelper;

namespace AleppoQuiz.Server.Tests.Features.Reports;

/// <summary>Nicknames and answers are typed by students; in the CSV they must open as text, never as formulas.</summary>
public sealed class CsvExportTests
{
    private static string[] Written(params object?[] cells)
    {
        var bytes = CsvExport.Write(new ExportTable("answers", ["a", "b", "c", "d", "e", "f", "g"], [cells]));
        using var csv = new CsvReader(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
        csv.Read();
        csv.Read();
        return Enumerable.Range(0, cells.Length).Select(i => csv.GetField(i)!).ToArray();
    }

    [Fact]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        var cells = Written("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-2+3", "@SUM(A1)", "\tTab", "\rReturn", "Rana");

        Assert.Equal(
            ["'=HYPERLINK(\"http://evil.example\",\"click\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tTab", "'\rReturn", "Rana"],
            cells);
    }

    [Fact]
    public void Numbers_stay_numbers_even_when_negative() =>
        Assert.Equal(["-3", "0.5", "true"], Written(-3, 0.5, true));
}
