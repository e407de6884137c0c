namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>Kahoot's quiz spreadsheet saved as CSV: the same rows as the workbook, separated by commas or semicolons.</summary>
internal static class KahootCsvReader
{
    public static ImportResult Read(string text, ImportOptions options) =>
        KahootSheetReader.Read(CsvRecords.Read(text, CsvRecords.GuessSeparator(text)), options);
}
