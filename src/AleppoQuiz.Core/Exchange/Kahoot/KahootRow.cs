using System.Globalization;
using AleppoQuiz.Core.QuestionBank;
using Columns = AleppoQuiz.Core.Exchange.Kahoot.KahootColumns;

namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>One question row of the spreadsheet, read through the columns the header row located.</summary>
internal static class KahootRow
{
    public static Question Read(CsvRecord row, KahootHeader header, ImportOptions defaults)
    {
        var answers = Enumerable.Range(1, Columns.MaxAnswers).Select(n => row.Cell(header[Columns.Answer(n)])).ToArray();
        var correct = CorrectNumbers(row, header, answers);
        // An empty answer cell between filled ones is dropped; the numbers above refer to the cells as written.
        var options = answers
            .Select((text, i) => (text, correct: correct.Contains(i + 1)))
            .Where(x => x.text.Length > 0)
            .Select(x => new QuestionOption(x.text, x.correct))
            .ToArray();
        var typeName = row.Cell(header[Columns.Type]);
        var prompt = row.Cell(header[Columns.Question]);
        return new Question
        {
            Id = row.Cell(header[Columns.Id]),
            Type = typeName.Length == 0 ? PlainType(options)
                : QuestionTypeNames.TryParse(typeName, out var named) && named != QuestionType.Order ? named
                : throw ExchangeFormatException.AtLine(row.Line, $"unknown question type '{typeName}' (single, multi, true-false)"),
            Skill = NonEmpty(row.Cell(header[Columns.Skill])) ?? defaults.DefaultSkill,
            Difficulty = NonEmpty(row.Cell(header[Columns.Difficulty])) is { } level
                ? Enum.TryParse<Difficulty>(level, ignoreCase: true, out var d) && !int.TryParse(level, out _) ? d
                    : throw ExchangeFormatException.AtLine(row.Line, $"unknown difficulty '{level}' (easy, medium, hard)")
                : defaults.DefaultDifficulty,
            TimeLimitSeconds = Number(row, header, Columns.ExactTimeLimit)
                ?? Number(row, header, Columns.TimeLimit)
                ?? defaults.DefaultTimeLimitSeconds,
            Points = Number(row, header, Columns.Points) ?? Question.DefaultPoints,
            Prompt = NonEmpty(row.Cell(header[Columns.FullQuestion]))
                ?? (prompt.Length > 0 ? prompt : throw ExchangeFormatException.AtLine(row.Line, "the question text is empty")),
            ShortPrompt = NonEmpty(row.Cell(header[Columns.ShortQuestion])),
            Options = options,
            Explanation = row.Cell(header[Columns.Explanation]),
            Evidence = Enumerable.Range(1, header.EvidenceCount)
                .Select(n => (Article: row.Cell(header[Columns.EvidenceArticle(n)]), Quote: row.Cell(header[Columns.EvidenceQuote(n)])))
                .Where(e => e.Article.Length + e.Quote.Length > 0)
                .Select(e => new Evidence(e.Article, e.Quote))
                .ToArray(),
        };
    }

    private static HashSet<int> CorrectNumbers(CsvRecord row, KahootHeader header, string[] answers)
    {
        var cell = row.Cell(header[Columns.Correct]);
        var numbers = new HashSet<int>();
        foreach (var part in cell.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > Columns.MaxAnswers)
            {
                throw ExchangeFormatException.AtLine(row.Line,
                    $"'{Columns.Correct}' must be answer numbers 1–{Columns.MaxAnswers} separated by commas, not '{cell}'");
            }

            numbers.Add(answers[number - 1].Length > 0 ? number
                : throw ExchangeFormatException.AtLine(row.Line, $"answer {number} is marked correct but is empty"));
        }

        return numbers.Count > 0
            ? numbers
            : throw ExchangeFormatException.AtLine(row.Line, $"'{Columns.Correct}' is empty: mark at least one answer");
    }

    private static QuestionType PlainType(QuestionOption[] options) =>
        options.Select(o => o.Text.ToLowerInvariant()).Order().SequenceEqual(["false", "true"]) ? QuestionType.TrueFalse
        : options.Count(o => o.Correct) > 1 ? QuestionType.Multi
        : QuestionType.Single;

    private static int? Number(CsvRecord row, KahootHeader header, string column) =>
        row.Cell(header[column]) is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n
                : throw ExchangeFormatException.AtLine(row.Line, $"'{column}' must be a whole number, not '{text}'")
            : null;

    private static string? NonEmpty(string text) => text.Length > 0 ? text : null;
}
