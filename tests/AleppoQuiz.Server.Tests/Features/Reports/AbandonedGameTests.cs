using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Features.Reports;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Reports;

/// <summary>
/// A game nobody finished is ended by the server after the idle time and stored as abandoned: the reports list says
/// so, and the class's mastery leaves it out unless the teacher includes it.
/// </summary>
public sealed class AbandonedGameTests : IAsyncLifetime
{
    private readonly LiveServerFactory factory = new();
    private ReportTeacher teacher = null!;

    public async Task InitializeAsync() => teacher = await ReportTeacher.CreateAsync(factory);

    public async Task DisposeAsync() => await factory.DisposeAsync();

    [Fact]
    public async Task An_idle_game_is_marked_abandoned_and_left_out_of_mastery_unless_included()
    {
        var quizId = await QuizKey.ShortestQuizIdAsync(teacher.Http);
        var key = await QuizKey.LoadAsync(teacher.Http, quizId);
        var @class = await teacher.CreateClassAsync("8C", "Ana");
        await using var host = await GameClient.ConnectAsync(factory, teacher.Cookie);
        await using var ana = await GameClient.ConnectAsync(factory);

        // A game the host finishes, with nobody in it, and one where Ana answers once before everyone walks away.
        await using (var earlier = await GameClient.ConnectAsync(factory, teacher.Cookie))
        {
            await earlier.InvokeAsync("CreateClassGame", quizId, @class.Id);
            await earlier.InvokeAsync("EndGame");
        }

        var created = await host.InvokeAsync("CreateClassGame", quizId, @class.Id);
        var joined = await ana.InvokeAsync("JoinAsStudent", created.GetProperty("pin").GetString()!, @class.Code, @class.Students[0].Id, null);
        await host.InvokeAsync("StartGame");
        var preview = await host.NextAsync("QuestionPreview");
        factory.Clock.Advance(TimeSpan.FromMilliseconds(preview.GetProperty("readingRemainingMs").GetInt64()));
        await host.NextAsync("AnsweringOpen");
        await ana.InvokeAsync("SubmitAnswer", 0, key.Right(0));
        await host.NextAsync("QuestionClosed");
        factory.Clock.Advance(TimeSpan.FromHours(3) + TimeSpan.FromMinutes(1));
        await ana.NextAsync("GameEnded");
        await factory.Services.GetRequiredService<GameJournal>().FlushAsync();

        var games = await teacher.Http.GetFromJsonAsync<GameListItem[]>("/api/reports/games");
        var mastery = await teacher.Http.GetFromJsonAsync<ClassMastery>($"/api/reports/classes/{@class.Id}/mastery");
        var withAbandoned = await teacher.Http.GetFromJsonAsync<ClassMastery>($"/api/reports/classes/{@class.Id}/mastery?includeAbandoned=true");

        var abandonedId = joined.GetProperty("gameId").GetString();
        Assert.True(games!.Single(g => g.Id == abandonedId).Abandoned);
        Assert.False(games!.Single(g => g.Id != abandonedId).Abandoned);
        Assert.Equal((1, 1, false), (mastery!.GameCount, mastery.AbandonedGameCount, mastery.IncludesAbandoned));
        Assert.All(mastery.Students[0].Skills, s => Assert.Equal(0, s.Answered));
        Assert.Equal((2, true), (withAbandoned!.GameCount, withAbandoned.IncludesAbandoned));
        var answered = Assert.Single(withAbandoned.Students[0].Skills, s => s.Answered > 0);
        Assert.Equal((1, 1), (answered.Answered, answered.Correct));
    }
}
