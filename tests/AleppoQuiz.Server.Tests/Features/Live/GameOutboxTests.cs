namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>
/// A reveal's results are sent off the game's lock, in order: while one result is slow to hand over, players'
/// acknowledgements and the host's next move go on, and every phone still hears its result before the leaderboard.
/// </summary>
public sealed class GameOutboxTests
{
    [Fact]
    public async Task A_result_slow_to_hand_over_holds_up_neither_the_answer_that_closed_the_question_nor_the_host()
    {
        await using var server = new HeldResultsServer();
        await using var table = await LiveTable.OpenAsync(server, "Ana", "Ben");
        await table.Host.InvokeAsync("StartGame");
        await table.OpenQuestionAsync(0);
        await table.AnswerAsync(table.Players[0], 0, right: true);

        // The last answer closes the question; its acknowledgement and the host's Next need the game's lock.
        var closing = await table.AnswerAsync(table.Players[1], 0, right: false);
        await server.Held.WaitAsync(TimeSpan.FromSeconds(30));
        await table.Host.InvokeAsync("Next");
        server.Release();

        Assert.Equal("accepted", closing.GetProperty("outcome").GetString());
        var results = await table.RevealAsync();
        Assert.Equal([true, false], results.Select(r => r.GetProperty("correct").GetBoolean()));
        foreach (var player in table.Players)
        {
            await player.Client.NextAsync("Leaderboard");
            var order = player.Client.Received.Select(m => m.Target).ToList();
            Assert.True(order.IndexOf("YourResult") < order.IndexOf("Leaderboard"), string.Join(", ", order));
        }
    }
}
