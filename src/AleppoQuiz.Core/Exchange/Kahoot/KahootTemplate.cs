namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>
/// Where Kahoot's quiz template puts things: instructions above, the header on row 8, one question per row from row
/// 9 with its number in column A, the question in B, answers 1–4 in C–F, the time limit in G and the correct
/// answer numbers in H. Kahoot reads the first sheet only; our fields ride on a second sheet, keyed by row.
/// </summary>
internal static class KahootTemplate
{
    public const string QuizSheet = "Sheet1";
    public const string OurSheet = "AleppoQuiz";
    public const int HeaderRow = 8;
    public const int FirstQuestionRow = 9;
    public const int MaxQuestions = 1000;

    /// <summary>Column letters A…H of the template, by what they hold.</summary>
    public const int NumberColumn = 0;
    public const int QuestionColumn = 1;
    public const int FirstAnswerColumn = 2;
    public const int TimeLimitColumn = 6;
    public const int CorrectColumn = 7;

    public static readonly string[] Header =
    [
        "",
        $"{KahootColumns.Question} - max {KahootColumns.MaxQuestionLength} characters",
        $"{KahootColumns.Answer(1)} - max {KahootColumns.MaxAnswerLength} characters",
        $"{KahootColumns.Answer(2)} - max {KahootColumns.MaxAnswerLength} characters",
        $"{KahootColumns.Answer(3)} - max {KahootColumns.MaxAnswerLength} characters",
        $"{KahootColumns.Answer(4)} - max {KahootColumns.MaxAnswerLength} characters",
        $"{KahootColumns.TimeLimit} – {string.Join(", ", KahootColumns.AllowedTimeLimits)} secs",
        $"{KahootColumns.Correct} - choose at least one",
    ];

    /// <summary>The instruction lines above the header (rows 2–6, column B).</summary>
    public static readonly string[] Instructions =
    [
        "Quiz template",
        "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one).",
        "Have fun creating your awesome quiz!",
        "Remember: questions have a limit of 120 characters and answers can have 75 characters max.",
        "Exported from AleppoQuiz; the AleppoQuiz sheet keeps the fields Kahoot has no place for.",
    ];

    /// <summary>"A", "B"… "AA" for a zero-based column.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The zero-based column of a cell reference such as "C12".</summary>
    public static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column - 1;
    }
}
