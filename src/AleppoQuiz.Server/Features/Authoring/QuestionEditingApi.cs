using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Server.Infrastructure;
using AleppoQuiz.Server.QuestionBank;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Authoring;

/// <summary>
/// Adding, changing and removing questions. Every save passes the bank's validator; a question with problems is
/// refused with each finding listed, which the editor shows beside the question.
/// </summary>
internal static class QuestionEditingApi
{
    public static RouteGroupBuilder MapQuestionEditing(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/quizzes/{quizId}/questions").WithTags("Authoring").RequireAuthorization().RequireAntiforgeryHeader();

        group.MapPost("/", (string quizId, QuestionEdit edit, QuizEdits edits, QuizLibrary library, CancellationToken ct) =>
            edits.ApplyAsync(quizId, edit.Version, async quiz =>
            {
                if (quiz.Questions.Count >= QuizLimits.MaxQuestions)
                {
                    return QuizRefusals.TooLarge(new LimitBreach(
                        QuizLimits.TooManyQuestions, $"A quiz can hold at most {QuizLimits.MaxQuestions} questions; start a second quiz.")).ToProblem();
                }

                var (question, refused) = await CheckAsync(QuizEditingApi.NewQuestionId(), edit.Question, library, ct);
                if (question is not null)
                {
                    quiz.Questions.Add(BankMapping.ToStored(question, quiz.Id, quiz.Questions.Count));
                }

                return refused;
            }, ct))
            .WithSummary("Adds a question at the end of the quiz.");

        group.MapPut("/{questionId}", (string quizId, string questionId, QuestionEdit edit, QuizEdits edits, QuizLibrary library, QuizDbContext db, CancellationToken ct) =>
            edits.ApplyAsync(quizId, edit.Version, async quiz =>
            {
                var existing = quiz.Questions.SingleOrDefault(q => q.Id == questionId);
                if (existing is null)
                {
                    return QuizRefusals.QuestionNotFound(questionId).ToProblem();
                }

                var (question, refused) = await CheckAsync(questionId, edit.Question, library, ct);
                if (question is null)
                {
                    return refused;
                }

                // Replace rather than patch the options and evidence: their keys are positions, which may all move.
                quiz.Questions.Remove(existing);
                db.Questions.Remove(existing);
                await db.SaveChangesAsync(ct);
                quiz.Questions.Add(BankMapping.ToStored(question, quiz.Id, existing.Position));
                return null;
            }, ct))
            .WithSummary("Replaces one question of the quiz with the edited one.");

        group.MapDelete("/{questionId}", (string quizId, string questionId, int version, QuizEdits edits, QuizDbContext db, CancellationToken ct) =>
            edits.ApplyAsync(quizId, version, quiz =>
            {
                var existing = quiz.Questions.SingleOrDefault(q => q.Id == questionId);
                if (existing is null)
                {
                    return Task.FromResult<ProblemHttpResult?>(QuizRefusals.QuestionNotFound(questionId).ToProblem());
                }

                quiz.Questions.Remove(existing);
                db.Questions.Remove(existing);
                foreach (var later in quiz.Questions.Where(q => q.Position > existing.Position))
                {
                    later.Position--;
                }

                return Task.FromResult<ProblemHttpResult?>(null);
            }, ct))
            .WithSummary("Removes a question; the ones after it move up.");

        routes.MapPost("/api/questions/check", async (QuestionInput input, QuizLibrary library, CancellationToken ct) =>
        {
            if (QuestionInputMapping.CheckLimits(input) is { } breach)
            {
                return (IResult)QuizRefusals.TooLarge(breach).ToProblem();
            }

            var articles = await library.ArticlesAsync(ct);
            var check = QuestionInputMapping.Check("draft", input, articles);
            var outlets = articles.ToDictionary(a => a.Key, a => a.Value.Outlet);
            return (IResult)TypedResults.Ok(new QuestionFindings(
                check.IsValid, check.Problems, check.Question.Evidence.Where(e => e.IsResolved).Select(e => QuizDetails.From(e, outlets)).ToArray(),
                check.Question.Passage is { IsResolved: true } passage ? QuizDetails.From(passage, outlets) : null));
        })
        .Produces<QuestionFindings>()
        .WithTags("Authoring").RequireAuthorization().RequireAntiforgeryHeader()
        .WithSummary("Runs the validator on a draft question without saving it, for findings shown while editing.");

        return group;
    }

    private static async Task<(Core.QuestionBank.Question? Question, ProblemHttpResult? Refused)> CheckAsync(
        string id, QuestionInput input, QuizLibrary library, CancellationToken ct)
    {
        if (QuestionInputMapping.CheckLimits(input) is { } breach)
        {
            return (null, QuizRefusals.TooLarge(breach).ToProblem());
        }

        var check = QuestionInputMapping.Check(id, input, await library.ArticlesAsync(ct));
        return check.IsValid
            ? (check.Question, null)
            : (null, QuizRefusals.QuestionInvalid.ToProblem(new Dictionary<string, object?> { ["problems"] = check.Problems }));
    }
}
