using AleppoQuiz.Core.Articles;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.QuestionBank;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Turns a stored quiz into what the engine plays: prompts and options for everyone, the answers for scoring,
/// and, as each question's reveal payload, the explanation and the evidence passages from the articles.
/// </summary>
internal sealed class GameQuizFactory(QuizDbContext db)
{
    /// <summary>The quiz as the engine plays it, if <paramref name="teacherId"/> may use it (built-in or their own).</summary>
    public async Task<(StoredQuiz Quiz, GameQuiz Game)?> BuildAsync(string quizId, string teacherId, CancellationToken ct)
    {
        // The host is named by the caller (the game hub, an assignment), not by the request the database sees.
        var quiz = await db.Quizzes.AsNoTracking().IgnoreQueryFilters([QuizDbContext.OwnerFilter])
            .Include(q => q.Questions).ThenInclude(q => q.Options)
            .Include(q => q.Questions).ThenInclude(q => q.Evidence)
            .AsSplitQuery()
            .SingleOrDefaultAsync(q => q.Id == quizId && (q.OwnerId == null || q.OwnerId == teacherId), ct);
        if (quiz is null)
        {
            return null;
        }

        var articleIds = quiz.Questions.SelectMany(q => q.Evidence).Select(e => e.ArticleId).Distinct().ToArray();
        var articles = await db.Articles.AsNoTracking().IgnoreQueryFilters([QuizDbContext.OwnerFilter]).Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var questions = quiz.Questions.OrderBy(q => q.Position).Select(BankMapping.ToQuestion).ToArray();
        var checkedQuestions = RefuseUnready(questions, articles);
        return (quiz, new GameQuiz(quiz.Title, checkedQuestions.Select(q => ToGameQuestion(q, articles)).ToArray()));
    }

    // An imported quiz may still lack evidence; a class should never play a question it cannot check. The checked
    // questions are the ones played: their spans are resolved against the articles as they read now.
    private static Question[] RefuseUnready(Question[] questions, Dictionary<string, StoredArticle> articles)
    {
        var documents = articles.Values.ToDictionary(a => a.Id, BankMapping.ToDocument);
        var checks = questions.Select(q => QuestionValidator.Check(q, documents)).ToArray();
        var unready = checks.Count(c => !c.IsValid);
        if (questions.Length == 0 || unready > 0)
        {
            throw new GameRefusedException(RefusalKind.Invalid, "quiz-not-ready", questions.Length == 0
                ? "This quiz has no questions yet."
                : $"{unready} question(s) of this quiz still have problems, such as missing evidence. Fix them in the editor first.");
        }

        return [.. checks.Select(c => c.Question)];
    }

    private static GameQuestion ToGameQuestion(Question question, Dictionary<string, StoredArticle> articles) =>
        question.Type == QuestionType.FindEvidence
            ? EvidencePassages.ToGameQuestion(question, ToChoiceQuestion(question, articles), articles[question.Passage!.ArticleId])
            : ToChoiceQuestion(question, articles);

    private static GameQuestion ToChoiceQuestion(Question question, Dictionary<string, StoredArticle> articles) => new()
    {
        Id = question.Id,
        Kind = question.Type switch
        {
            QuestionType.Single => QuestionKind.Single,
            QuestionType.Multi => QuestionKind.Multi,
            QuestionType.TrueFalse => QuestionKind.TrueFalse,
            QuestionType.Order => QuestionKind.Order,
            QuestionType.TypeAnswer => QuestionKind.TypeAnswer,
            QuestionType.Poll => QuestionKind.Poll,
            QuestionType.FindEvidence => QuestionKind.FindEvidence,
            _ => throw new ArgumentOutOfRangeException(nameof(question), question.Type, "unknown question type"),
        },
        AcceptedAnswers = question.AcceptedAnswers,
        Prompt = question.Prompt,
        Options = question.Options.Select(o => o.Text).ToArray(),
        CorrectOptionIds = question.CorrectOptionIndexes,
        TimeLimit = TimeSpan.FromSeconds(question.TimeLimitSeconds),
        KeepOrder = question.KeepOrder,
        PointsMultiplier = question.Points / (decimal)Question.DefaultPoints,
        RevealPayload = new RevealDetails(
            question.Prompt,
            question.Explanation,
            question.Skill,
            question.Evidence.Select(e => ToPassage(e, articles[e.ArticleId])).ToArray()),
    };

    // Students see a headline only where the outlet published one, and a caption or credit line as what it is.
    private static EvidencePassage ToPassage(Evidence evidence, StoredArticle article)
    {
        var document = BankMapping.ToDocument(article);
        var text = article.Text;
        var from = evidence.Start == 0 ? 0 : text.LastIndexOf('\n', evidence.Start - 1) + 1;
        var to = text.IndexOf('\n', evidence.End);
        var passage = text[from..(to < 0 ? text.Length : to)];
        return new EvidencePassage(
            article.Id, article.Outlet, document.HasPublishedTitle ? article.Title : null, evidence.Quote, passage,
            evidence.Start - from, evidence.End - from, PassageKinds.Of(ArticleParagraphs.RoleAt(document, evidence.Start)));
    }
}
