using AleppoQuiz.Core.Exchange;
using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Server.Infrastructure;
using AleppoQuiz.Server.QuestionBank;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Exchange;

/// <summary>
/// Quizzes in and out of other tools (Moodle GIFT and XML, Kahoot's spreadsheet, QTI 2.1, our own YAML), as a thin
/// layer over <see cref="QuizExchange"/>. A malformed file changes nothing; a well-formed one comes in with every
/// question the game can play, and the answer lists the others.
/// </summary>
internal static class ExchangeApi
{
    public static RouteGroupBuilder MapExchange(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/quizzes").WithTags("Exchange formats").RequireAuthorization();

        group.MapGet("/formats", () => TypedResults.Ok(QuizExchange.Formats))
            .WithSummary("The formats quizzes can be imported from and exported to.");

        group.MapGet("/{id}/export/{format}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string id, string format, HttpContext http, QuizLibrary library, CancellationToken ct) =>
        {
            if (!QuizExchange.TryFind(format, out var exchangeFormat) || !exchangeFormat.CanExport)
            {
                return QuizRefusals.UnknownFormat(format, QuizExchange.Formats.Select(f => f.Name)).ToProblem();
            }

            var stored = await library.FindVisibleAsync(id, ct);
            if (stored is null)
            {
                return QuizRefusals.NotFound(id).ToProblem();
            }

            var outlets = await library.OutletsAsync(ct);
            var export = QuizExchange.Export(exchangeFormat, ToQuiz(stored), new ExportOptions { Outlets = outlets });
            // A format that cannot hold some questions still exports the rest, and says which it left out.
            http.Response.Headers["X-Export-Notes"] = Uri.EscapeDataString(string.Join(" | ", export.Notes));
            return TypedResults.File(export.Content, export.MediaType, export.FileName);
        })
        .WithSummary("Downloads a quiz in another tool's format; X-Export-Notes lists questions the format could not hold.");

        group.MapPost("/import/{format}", async Task<Results<Created<ImportedQuizResult>, ProblemHttpResult>> (string format, IFormFile file, HttpContext http, QuizDbContext db, QuizLibrary library, CancellationToken ct) =>
        {
            if (!QuizExchange.TryFind(format, out var exchangeFormat) || !exchangeFormat.CanImport)
            {
                return QuizRefusals.UnknownFormat(format, QuizExchange.Formats.Select(f => f.Name)).ToProblem();
            }

            ImportResult result;
            try
            {
                await using var content = file.OpenReadStream();
                result = QuizExchange.Read(exchangeFormat, content);
            }
            catch (ExchangeFormatException ex)
            {
                var code = ex.InnerException is QuizFormatException yaml ? yaml.Code : QuizFormatException.Malformed;
                return QuizRefusals.Unreadable(code, ex.Message).ToProblem();
            }

            var imported = result.Quiz;
            // Every format, not only YAML, is held to the same size of quiz before anything is stored.
            if (QuizLimits.Check(imported) is { } breach)
            {
                return QuizRefusals.TooLarge(breach).ToProblem();
            }

            var teacherId = http.User.TeacherId();
            var articles = await library.ArticlesAsync(ct);
            var quizId = "quiz-" + Guid.NewGuid().ToString("N")[..12];
            var checks = imported.Questions.Select(q => QuestionValidator.Check(q with { Id = QuizEditingApi.NewQuestionId() }, articles)).ToArray();
            var stored = new StoredQuiz
            {
                Id = quizId,
                Title = imported.Title,
                Description = imported.Description,
                Origin = ContentOrigin.Teacher,
                OwnerId = teacherId,
                ContentHash = "",
                Questions = checks.Select((c, i) => BankMapping.ToStored(c.Question, quizId, i)).ToList(),
            };
            db.Quizzes.Add(stored);
            await db.SaveChangesAsync(ct);
            var findings = checks.Where(c => !c.IsValid).ToDictionary(c => c.Question.Id, c => c.Problems);
            return TypedResults.Created($"/api/quizzes/{quizId}", new ImportedQuizResult(
                QuizDetails.From(stored, await library.OutletsAsync(ct)), findings, result.Notes, KeyPositionRule.Check(imported.Questions)));
        })
        .RequireAntiforgeryHeader()
        .DisableAntiforgery()
        .WithSummary("Imports a quiz file as a new quiz of the teacher's; questions still needing evidence are listed.");

        return group;
    }

    private static Quiz ToQuiz(StoredQuiz stored) => new()
    {
        Id = stored.Id,
        Title = stored.Title,
        Description = stored.Description,
        Questions = stored.Questions.OrderBy(q => q.Position).Select(BankMapping.ToQuestion).ToArray(),
    };
}

/// <summary>
/// The new quiz, for each question the validator's findings (typically evidence still to attach), what the file
/// held that did not come in (whole questions of kinds the game cannot play, dropped images), and warnings about
/// the file as a whole, such as keys that always sit in the same position.
/// </summary>
public sealed record ImportedQuizResult(
    QuizDetail Quiz,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Problems,
    IReadOnlyList<ImportNote> Notes,
    IReadOnlyList<string> Warnings);
