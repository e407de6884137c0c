using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Tests.Features.Live;

public sealed class AnsweringTests : IAsyncLifetime
{
    private readonly LiveServerFactory factory = new();
    private LiveTable table = null!;

    public async Task InitializeAsync()
    {
        table = await LiveTable.OpenAsync(factory, "Ana", "Ben");
        await table.Host.InvokeAsync("StartGame");
    }

    [Fact]
    public async Task An_answer_during_the_reading_time_is_refused()
    {
        await table.Players[0].Client.NextAsync("QuestionPreview");

        var error = await Assert.ThrowsAsync<HubException>(() => table.AnswerAsync(table.Players[0], 0, right: true));

        Assert.Equal("not-accepting-answers", error.Code);
    }

    [Fact]
    public async Task A_repeated_answer_is_acknowledged_but_counted_once()
    {
        await table.OpenQuestionAsync(0);

        var first = await table.AnswerAsync(table.Players[0], 0, right: true);
        var again = await table.AnswerAsync(table.Players[0], 0, right: false);

        Assert.Equal("accepted", first.GetProperty("outcome").GetString());
        Assert.Equal("already-received", again.GetProperty("outcome").GetString());
        await table.AnswerAsync(table.Players[1], 0, right: false);
        var results = await table.RevealAsync();
        Assert.True(results[0].GetProperty("correct").GetBoolean());
    }

    [Fact]
    public async Task An_option_that_does_not_exist_is_refused()
    {
        await table.OpenQuestionAsync(0);

        var error = await Assert.ThrowsAsync<HubException>(() => table.Players[0].Client.InvokeAsync("SubmitAnswer", 0, new[] { 99 }));

        Assert.Equal("invalid-option", error.Code);
    }

    [Fact]
    public async Task The_server_deadline_closes_the_question_and_later_answers_are_refused()
    {
        await table.OpenQuestionAsync(0);
        await table.AnswerAsync(table.Players[0], 0, right: true);

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var results = await table.RevealAsync();

        Assert.False(results[1].GetProperty("answered").GetBoolean());
        var error = await Assert.ThrowsAsync<HubException>(() => table.AnswerAsync(table.Players[1], 0, right: true));
        Assert.Equal("too-late", error.Code);
    }

    [Fact]
    public async Task The_host_sees_how_many_have_answered()
    {
        await table.OpenQuestionAsync(0);

        await table.AnswerAsync(table.Players[0], 0, right: true);

        var progress = await table.Host.NextAsync("AnswerProgress");
        Assert.Equal(1, progress.GetProperty("answered").GetInt32());
        Assert.Equal(2, progress.GetProperty("expected").GetInt32());
    }

    public async Task DisposeAsync()
    {
        await table.DisposeAsync();
        await factory.DisposeAsync();
    }
}
