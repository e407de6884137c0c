using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>
/// A database as the last hand-written migrations left it (saved in <c>PreviousSchema/</c> as SQL, with their
/// history rows), holding a teacher, the teacher's quiz and a finished game, and what a user of the upgraded server
/// must still find of them.
/// </summary>
internal static class PreviousSchema
{
    private const string Email = "old.hand@school.example";
    private const string QuizId = "quiz-before-upgrade";
    private const string GameId = "game-before-upgrade";

    /// <summary>The schema script for <c>sqlite</c> or <c>postgres</c>.</summary>
    public static string Script(string provider) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "AleppoQuiz.Server.Tests", "Data", "PreviousSchema", provider + ".sql"));

    /// <summary>
    /// Rows written in SQL that both databases read the same way: quoted numbers and booleans take their column's
    /// type on either, so the rows do not depend on today's model.
    /// </summary>
    public static string SampleRows { get; } = $"""
        INSERT INTO "Teachers" ("Id", "Email", "NormalizedEmail", "DisplayName", "PasswordHash", "IsAdministrator", "CreatedAt", "Status")
        VALUES ('teacher-before-upgrade', '{Email}', '{Email.ToUpperInvariant()}', 'Old Hand',
                '{new PasswordHasher<Teacher>().HashPassword(null!, SignedInTeacher.Password)}', '0', '2026-11-30 08:00:00+00:00', 'Approved');
        INSERT INTO "Quizzes" ("Id", "Title", "Description", "Origin", "ContentHash", "OwnerId", "Version")
        VALUES ('{QuizId}', 'Who said it first', 'Written before the upgrade', 'teacher', 'hash', 'teacher-before-upgrade', '3');
        INSERT INTO "Questions" ("Id", "QuizId", "Position", "Type", "Skill", "Difficulty", "TimeLimitSeconds", "Points", "Prompt", "Explanation", "KeepOrder", "ShortPrompt")
        VALUES ('question-before-upgrade', '{QuizId}', '0', 'Single', '{Skills.WhoSaidIt}', 'Easy', '20', '1000',
                'Which outlet quoted the evacuation committee?', 'AFP did.', '0', NULL);
        INSERT INTO "QuestionOptions" ("QuestionId", "Position", "Text", "Correct")
        VALUES ('question-before-upgrade', '0', 'AFP', '1'), ('question-before-upgrade', '1', 'BBC', '0');
        INSERT INTO "Games" ("Id", "Pin", "QuizId", "QuizTitle", "QuizSnapshot", "Seed", "HostKeyHash", "CreatedAt", "EndedAt", "OwnerId", "Abandoned")
        VALUES ('{GameId}', '482913', '{QuizId}', 'Who said it first', '{"{}"}', '42', 'key-hash',
                '2026-12-01 09:00:00+00:00', '2026-12-01 09:10:00+00:00', 'teacher-before-upgrade', '0');
        INSERT INTO "GamePlayers" ("GameId", "PlayerId", "Nickname", "TokenHash", "JoinedAt")
        VALUES ('{GameId}', '1', 'Ana', 'token-hash', '2026-12-01 09:01:00+00:00');
        INSERT INTO "GameAnswers" ("GameId", "QuestionIndex", "PlayerId", "QuestionId", "OptionIds", "ReceivedAt", "Correct", "Points", "AnswerTimeMs", "Text")
        VALUES ('{GameId}', '0', '1', 'question-before-upgrade', '[0]', '2026-12-01 09:02:00+00:00', '1', '950', '1200', NULL);
        """;

    /// <summary>
    /// The teacher signs in, finds the quiz with its question and saves an edit to it; the finished game is stored
    /// with its player and answer as they were; the newest columns take the built-in bank's values.
    /// </summary>
    public static async Task AssertKeptAsync(WebApplicationFactory<Program> server)
    {
        using var teacher = server.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await teacher.PostAsJsonAsync("/api/account/login", new SignInRequest(Email, SignedInTeacher.Password))).EnsureSuccessStatusCode();
        await SignedInTeacher.AddAntiforgeryHeaderAsync(teacher);

        var quiz = (await teacher.GetFromJsonAsync<QuizSummary[]>("/api/quizzes"))!.Single(q => q.Id == QuizId);
        Assert.Equal(("Who said it first", 1, true, 3), (quiz.Title, quiz.QuestionCount, quiz.IsOwn, quiz.Version));
        var edit = await teacher.PutAsJsonAsync($"/api/quizzes/{QuizId}", new QuizInput("Who said it first, revised", "", quiz.Version));
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal("Who said it first, revised", (await teacher.GetFromJsonAsync<QuizDetail>($"/api/quizzes/{QuizId}"))!.Title);

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
        // Read as the server's own background work reads, with no teacher signed in: past the owner filter.
        var game = await db.Games.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).SingleAsync(g => g.Id == GameId);
        Assert.Equal((new DateTimeOffset(2026, 12, 1, 9, 10, 0, TimeSpan.Zero), false), (game.EndedAt, game.Abandoned));
        Assert.Equal("Ana", (await db.GamePlayers.SingleAsync(p => p.GameId == GameId)).Nickname);
        var answer = await db.GameAnswers.SingleAsync(a => a.GameId == GameId);
        Assert.Equal((true, 950, 1200L), (answer.Correct, answer.Points, answer.AnswerTimeMs));
        // The bank loaded on start writes the column the last hand-written migration added.
        Assert.True(await db.Questions.AnyAsync(q => q.ShortPrompt != null), "no short prompt was stored");
    }
}
