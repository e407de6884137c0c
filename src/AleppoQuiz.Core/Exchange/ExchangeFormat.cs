namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// A file format quizzes can be moved in or out of. <see cref="Name"/> is the stable key a command line or an
/// HTTP route uses; <see cref="FileExtension"/> is appended to the quiz id to suggest a file name.
/// </summary>
public sealed record ExchangeFormat(
    string Name,
    string DisplayName,
    string FileExtension,
    string MediaType,
    bool CanImport,
    bool CanExport)
{
    public static ExchangeFormat Native { get; } =
        new("native", "AleppoQuiz question-bank YAML", ".yaml", "application/yaml", CanImport: true, CanExport: true);

    // Moodle's GIFT import only offers files it takes for plain text, hence .txt after the .gift marker.
    public static ExchangeFormat Gift { get; } =
        new("gift", "Moodle GIFT", ".gift.txt", "text/plain", CanImport: true, CanExport: true);

    public static ExchangeFormat MoodleXml { get; } =
        new("moodle-xml", "Moodle XML", ".moodle.xml", "application/xml", CanImport: true, CanExport: true);

    /// <summary>Kahoot's quiz template workbook, the file Kahoot's "Import spreadsheet" takes.</summary>
    public static ExchangeFormat Kahoot { get; } =
        new("kahoot", "Kahoot quiz spreadsheet (.xlsx)", ".kahoot.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", CanImport: true, CanExport: true);

    public static ExchangeFormat KahootCsv { get; } =
        new("kahoot-csv", "Kahoot quiz spreadsheet saved as CSV", ".kahoot.csv", "text/csv", CanImport: true, CanExport: false);

    public static ExchangeFormat Qti { get; } =
        new("qti", "IMS QTI 2.1 content package", ".qti.zip", "application/zip", CanImport: false, CanExport: true);

    public override string ToString() => Name;
}
