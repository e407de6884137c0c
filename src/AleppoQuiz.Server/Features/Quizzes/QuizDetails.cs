using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.QuestionBank;

namespace AleppoQuiz.Server.Features.Quizzes;

/// <summary>Builds the teacher's view of a stored quiz, answers included.</summary>
internal static class QuizDetails
{
    /// <summary>The quiz as the signed-in teacher sees it; only their own quizzes (never a template) have an owner.</summary>
    public static QuizDetail From(StoredQuiz quiz, IReadOnlyDictionary<string, string> outlets) => new(
        quiz.Id,
        quiz.Title,
        quiz.Description,
        quiz.Origin,
        quiz.OwnerId is not null,
        quiz.Version,
        quiz.Questions.OrderBy(q => q.Position).Select(q => From(q, outlets)).ToArray());

    public static EvidenceDetail From(Evidence evidence, IReadOnlyDictionary<string, string> outlets) => new(
        evidence.ArticleId, outlets.GetValueOrDefault(evidence.ArticleId, evidence.ArticleId), evidence.Quote, evidence.Start, evidence.End);

    private static QuestionDetail From(StoredQuestion stored, IReadOnlyDictionary<string, string> outlets)
    {
        var question = BankMapping.ToQuestion(stored);
        return new QuestionDetail(
            question.Id,
            stored.Position,
            QuestionTypeNames.ToName(question.Type),
            question.Skill,
            question.Difficulty.ToString().ToLowerInvariant(),
            question.TimeLimitSeconds,
            question.Points,
            question.Prompt,
            question.Options.Select((o, i) => new OptionDetail(i, o.Text, o.Correct)).ToArray(),
            question.CorrectOptionIndexes,
            question.Explanation,
            question.Evidence.Select(e => From(e, outlets)).ToArray(),
            question.AcceptedAnswers,
            question.KeepOrder,
            question.ShortPrompt,
            question.Passage is { } passage ? From(passage, outlets) : null);
    }
}
