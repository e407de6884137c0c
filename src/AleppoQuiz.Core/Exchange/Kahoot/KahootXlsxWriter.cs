using AleppoQuiz.Core.QuestionBank;
using static AleppoQuiz.Core.Exchange.Kahoot.KahootColumns;

namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>
/// Writes the questions Kahoot can hold (single, multi-select and true/false with at most four answers) into
/// Kahoot's quiz template, and says per question what Kahoot will not carry: skipped kinds, time limits rounded to
/// Kahoot's list, texts over Kahoot's limits (written in full, never cut: Kahoot asks for a shorter text), and the
/// explanation and evidence, which stay only on our second sheet.
/// </summary>
internal static class KahootXlsxWriter
{
    public static (byte[] Workbook, IReadOnlyList<ExportNote> Notes) Write(Quiz quiz)
    {
        var notes = new List<ExportNote>();
        var exported = quiz.Questions.Where(q => Fits(q, notes)).Take(KahootTemplate.MaxQuestions).ToArray();
        foreach (var late in quiz.Questions.Where(q => !exported.Contains(q) && !notes.Any(n => n.QuestionId == q.Id && n.Skipped)))
        {
            notes.Add(new ExportNote(late.Id, $"Kahoot's template holds at most {KahootTemplate.MaxQuestions} questions", Skipped: true));
        }

        var evidenceColumns = exported.Select(q => q.Evidence.Count).DefaultIfEmpty(0).Max();
        var template = new List<(int, IReadOnlyList<object?>)>();
        for (var line = 0; line < KahootTemplate.Instructions.Length; line++)
        {
            template.Add((line + 2, ["", KahootTemplate.Instructions[line]]));
        }

        template.Add((KahootTemplate.HeaderRow, KahootTemplate.Header));
        var ours = new List<(int, IReadOnlyList<object?>)>
        {
            (1, [QuizId, quiz.Id]),
            (2, [QuizTitle, quiz.Title]),
            (3, [QuizDescription, quiz.Description]),
            (5, new[] { KahootXlsxReader.RowColumn }.Concat(OurHeaders(evidenceColumns)).ToArray()),
        };
        for (var i = 0; i < exported.Length; i++)
        {
            var row = KahootTemplate.FirstQuestionRow + i;
            template.Add((row, QuizRow(exported[i], i + 1, notes)));
            ours.Add((6 + i, OurRow(exported[i], row, evidenceColumns)));
        }

        var workbook = KahootWorkbook.Write(
        [
            new KahootWorkbook.SheetContent(KahootTemplate.QuizSheet, template),
            new KahootWorkbook.SheetContent(KahootTemplate.OurSheet, ours),
        ]);
        return (workbook, notes);
    }

    private static bool Fits(Question question, List<ExportNote> notes)
    {
        var reason = question switch
        {
            { Type: QuestionType.Order } => "Kahoot's spreadsheet has no ordering questions (Kahoot's puzzle kind cannot be imported)",
            { Options.Count: > MaxAnswers } => $"it has {question.Options.Count} options and Kahoot takes at most {MaxAnswers}",
            _ => null,
        };
        if (reason is not null)
        {
            notes.Add(new ExportNote(question.Id, reason, Skipped: true));
        }

        return reason is null;
    }

    // Kahoot takes 120 characters. A longer prompt is never cut here, since cutting can change what a question asks:
    // the author's own short prompt is written where there is one, and otherwise the prompt in full, with a note.
    private static string KahootPrompt(Question question, List<ExportNote> notes)
    {
        if (question.Prompt.Length <= MaxQuestionLength)
        {
            return question.Prompt;
        }

        if (question.ShortPrompt is { Length: > 0 and <= MaxQuestionLength } shortPrompt)
        {
            notes.Add(new ExportNote(question.Id,
                $"the question has {question.Prompt.Length} characters and Kahoot takes {MaxQuestionLength}: the author's short prompt is written instead",
                Skipped: false));
            return shortPrompt;
        }

        notes.Add(new ExportNote(question.Id,
            $"the question has {question.Prompt.Length} characters and Kahoot takes {MaxQuestionLength}: written in full, Kahoot will ask for a shorter one (write a short prompt for it in the editor)",
            Skipped: false));
        return question.Prompt;
    }

    private static object?[] QuizRow(Question question, int number, List<ExportNote> notes)
    {
        var limit = NearestTimeLimit(question.TimeLimitSeconds);
        if (limit != question.TimeLimitSeconds)
        {
            notes.Add(new ExportNote(question.Id,
                $"time limit {question.TimeLimitSeconds} s written as {limit} s, the nearest Kahoot allows", Skipped: false));
        }

        var prompt = KahootPrompt(question, notes);

        foreach (var (option, index) in question.Options.Select((o, i) => (o, i)).Where(x => x.o.Text.Length > MaxAnswerLength))
        {
            notes.Add(new ExportNote(question.Id,
                $"answer {index + 1} has {option.Text.Length} characters and Kahoot takes {MaxAnswerLength}: written in full, Kahoot will ask for a shorter one",
                Skipped: false));
        }

        if (question.Explanation.Length > 0 || question.Evidence.Count > 0)
        {
            notes.Add(new ExportNote(question.Id,
                "Kahoot shows no explanation or evidence: they are kept on the AleppoQuiz sheet, which Kahoot does not read", Skipped: false));
        }

        var correct = question.CorrectOptionIndexes.Select(i => i + 1).ToArray();
        return
        [
            number,
            prompt,
            .. Enumerable.Range(0, MaxAnswers).Select(i => i < question.Options.Count ? question.Options[i].Text : ""),
            limit,
            correct.Length == 1 ? correct[0] : string.Join(",", correct),
        ];
    }

    private static object?[] OurRow(Question question, int templateRow, int evidenceColumns) =>
    [
        templateRow,
        question.Id,
        QuestionTypeNames.ToName(question.Type),
        question.Skill,
        question.Difficulty.ToString().ToLowerInvariant(),
        question.TimeLimitSeconds,
        question.Points,
        question.Explanation,
        // Kahoot's column holds the short prompt when the prompt is too long for it; ours keep both.
        question.ShortPrompt is null ? "" : question.Prompt,
        question.ShortPrompt ?? "",
        .. Enumerable.Range(0, evidenceColumns).SelectMany(i => i < question.Evidence.Count
            ? new object?[] { question.Evidence[i].ArticleId, question.Evidence[i].Quote }
            : ["", ""]),
    ];
}
