using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Practice;
using AleppoQuiz.Server.Features.Quizzes;
using AleppoQuiz.Server.Tests.Features.Authoring;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Tests.Data;

/// <summary>The real server with <c>Database:Provider=Postgres</c>: start-up, the question bank and teachers' edits.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServer postgres)
{
    [Fact]
    public async Task The_question_bank_loads_into_PostgreSQL_and_a_restart_keeps_one_copy_of_each_quiz()
    {
        var database = await postgres.CreateDatabaseAsync();
        var first = await ListQuizzesAsync(database);

        var second = await ListQuizzesAsync(database);

        Assert.True(first.Length >= 3, $"{first.Length} quizzes");
        Assert.True(first.Sum(q => q.QuestionCount) >= 40, $"{first.Sum(q => q.QuestionCount)} questions");
        Assert.Equal(first.Select(q => (q.Id, q.QuestionCount)), second.Select(q => (q.Id, q.QuestionCount)));
        await using var db = PostgresSchema.Context(database);
        Assert.Equal(first.Length, await db.Quizzes.CountAsync());
        Assert.Equal(first.Sum(q => q.QuestionCount), await db.Questions.CountAsync());
    }

    [Fact]
    public async Task An_edit_made_against_a_stale_version_is_refused()
    {
        await using var server = Server(await postgres.CreateDatabaseAsync());
        var teacher = await SignedInTeacher.CreateAsync(server);
        var quiz = await AuthoringClient.CreateQuizAsync(teacher);

        var firstTab = await teacher.PutAsJsonAsync($"/api/quizzes/{quiz.Id}", new QuizInput("Title from tab one", "", quiz.Version));
        var secondTab = await teacher.PutAsJsonAsync($"/api/quizzes/{quiz.Id}", new QuizInput("Title from tab two", "", quiz.Version));

        Assert.Equal(HttpStatusCode.OK, firstTab.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondTab.StatusCode);
        Assert.Equal("Title from tab one", (await teacher.GetFromJsonAsync<QuizDetail>($"/api/quizzes/{quiz.Id}"))!.Title);
    }

    [Fact]
    public async Task The_version_column_stops_a_save_based_on_a_row_changed_since_it_was_read()
    {
        // The endpoint's own version check cannot see a save that lands between its read and its write; only the
        // concurrency token in the UPDATE's WHERE clause can, so this races two contexts directly.
        var database = await postgres.CreateDatabaseAsync();
        await using (var server = Server(database))
        {
            // Starting the server migrates the database and loads the built-in quizzes.
            server.CreateClient().Dispose();
        }

        await using var first = PostgresSchema.Context(database);
        await using var second = PostgresSchema.Context(database);
        var quizId = (await first.Quizzes.FirstAsync()).Id;
        var early = await first.Quizzes.SingleAsync(q => q.Id == quizId);
        var late = await second.Quizzes.SingleAsync(q => q.Id == quizId);
        (early.Title, late.Title) = ("Saved first", "Saved second");
        (early.Version, late.Version) = (early.Version + 1, late.Version + 1);

        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task A_homework_deadline_given_with_a_time_zone_offset_is_stored_as_the_same_instant()
    {
        // PostgreSQL's timestamptz holds UTC only, and Npgsql refuses to write any other offset.
        await using var server = Server(await postgres.CreateDatabaseAsync());
        var teacher = await SignedInTeacher.CreateAsync(server);
        // Whole seconds: timestamptz keeps microseconds, a clock reading has ten times finer ticks.
        var deadline = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(7).AddHours(17), TimeSpan.Zero).ToOffset(TimeSpan.FromHours(2));

        var response = await teacher.PostAsJsonAsync("/api/assignments", new AssignmentInput(await QuizKey.ShortestQuizIdAsync(teacher), null, deadline));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<AssignmentView>())!;
        Assert.Equal(deadline, created.Deadline);
        Assert.Equal(deadline, (await teacher.GetFromJsonAsync<AssignmentView>($"/api/assignments/{created.Id}"))!.Deadline);
    }

    internal static QuizServerFactory Server(string database) =>
        new() { DatabaseProvider = "Postgres", DatabaseConnectionString = database };

    private static async Task<QuizSummary[]> ListQuizzesAsync(string database)
    {
        await using var server = Server(database);
        return (await server.CreateClient().GetFromJsonAsync<QuizSummary[]>("/api/quizzes"))!;
    }
}
