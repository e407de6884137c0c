using System.Globalization;
using AleppoQuiz.Core.QuestionBank;
using static AleppoQuiz.Core.Exchange.Kahoot.KahootColumns;

namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>
/// Writes the questions Kahoot can hold, single, multi-select and true/false with at most four answers, as
/// Kahoot's spreadsheet rows, and lists the others as skipped. Limits Kahoot does not accept are rounded to the
/// nearest it does, with a note; the exact value rides in our own column.
/// </summary>
internal static class KahootCsvWriter
{
    public static (string Csv, IReadOnlyList<ExportNote> Notes) Write(Quiz quiz)
    {
        var notes = new List<ExportNote>();
        var exported = quiz.Questions.Where(q => Fits(q, notes)).ToArray();
        var evidenceColumns = exported.Select(q => q.Evidence.Count).DefaultIfEmpty(0).Max();
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { QuizId, quiz.Id },
            new[] { QuizTitle, quiz.Title },
        };
        if (quiz.Description.Length > 0)
        {
            rows.Add([QuizDescription, quiz.Description]);
        }

        rows.Add(KahootHeaders.Concat(OurHeaders(evidenceColumns)).ToArray());
        rows.AddRange(exported.Select(q => Row(q, evidenceColumns, notes)));
        return (CsvRecords.Write(rows), notes);
    }

    private static bool Fits(Question question, List<ExportNote> notes)
    {
        var reason = question switch
        {
            { Type: QuestionType.Order } => "Kahoot's spreadsheet has no ordering questions",
            { Options.Count: > MaxAnswers } => $"it has {question.Options.Count} options and Kahoot takes at most {MaxAnswers}",
            _ => null,
        };
        if (reason is not null)
        {
            notes.Add(new ExportNote(question.Id, reason, Skipped: true));
        }

        return reason is null;
    }

    private static string[] Row(Question question, int evidenceColumns, List<ExportNote> notes)
    {
        var limit = NearestTimeLimit(question.TimeLimitSeconds);
        if (limit != question.TimeLimitSeconds)
        {
            notes.Add(new ExportNote(question.Id,
                $"time limit {question.TimeLimitSeconds} s written as {limit} s, the nearest Kahoot allows", Skipped: false));
        }

        if (question.Prompt.Length > MaxQuestionLength || question.Options.Any(o => o.Text.Length > MaxAnswerLength))
        {
            notes.Add(new ExportNote(question.Id,
                $"Kahoot allows {MaxQuestionLength} characters in a question and {MaxAnswerLength} in an answer, and will ask for a shorter text",
                Skipped: false));
        }

        var answers = Enumerable.Range(0, MaxAnswers).Select(i => i < question.Options.Count ? question.Options[i].Text : "");
        var correct = string.Join(",", question.CorrectOptionIndexes.Select(i => (i + 1).ToString(CultureInfo.InvariantCulture)));
        var ours = new[]
        {
            question.Id,
            QuestionTypeNames.ToName(question.Type),
            question.Skill,
            question.Difficulty.ToString().ToLowerInvariant(),
            question.TimeLimitSeconds.ToString(CultureInfo.InvariantCulture),
            question.Points.ToString(CultureInfo.InvariantCulture),
            question.Explanation,
        };
        var evidence = Enumerable.Range(0, evidenceColumns).SelectMany(i => i < question.Evidence.Count
            ? new[] { question.Evidence[i].ArticleId, question.Evidence[i].Quote }
            : ["", ""]);
        return new[] { question.Prompt }
            .Concat(answers)
            .Concat([limit.ToString(CultureInfo.InvariantCulture), correct])
            .Concat(ours)
            .Concat(evidence)
            .ToArray();
    }
}
