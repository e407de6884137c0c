using AleppoQuiz.Testing;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>Dropped connections and a restarted server: nobody loses an answer or a point.</summary>
public sealed class ReconnectTests
{
    [Fact]
    public async Task A_player_whose_connection_drops_rejoins_as_the_same_player_with_the_same_score()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Ana", "Ben");
        await table.Host.InvokeAsync("StartGame");
        await table.OpenQuestionAsync(0);
        await table.AnswerAsync(table.Players[0], 0, right: true);
        await table.AnswerAsync(table.Players[1], 0, right: true);
        var before = (await table.RevealAsync())[0];
        var ana = table.Players[0];

        await ana.Client.DisposeAsync();
        Assert.Equal(ana.PlayerId, (await table.Host.NextAsync("PlayerLeft")).GetProperty("playerId").GetInt32());
        await using var again = await GameClient.ConnectAsync(factory);
        var joined = await again.InvokeAsync("Join", table.Pin, "", ana.Token);

        Assert.True(joined.GetProperty("isRejoin").GetBoolean());
        Assert.Equal(ana.PlayerId, joined.GetProperty("playerId").GetInt32());
        Assert.Equal("Ana", joined.GetProperty("nickname").GetString());
        Assert.Equal(before.GetProperty("totalScore").GetInt32(), joined.GetProperty("state").GetProperty("score").GetInt32());
        Assert.Equal("reveal", joined.GetProperty("state").GetProperty("phase").GetString());
        table.Players[0] = ana with { Client = again };
    }

    [Fact]
    public async Task A_player_who_reloads_while_the_others_have_answered_still_gets_to_answer_and_is_scored()
    {
        await using var factory = new LiveServerFactory();
        await using var table = await LiveTable.OpenAsync(factory, "Ana", "Ben", "Cy");
        await table.Host.InvokeAsync("StartGame");
        await table.OpenQuestionAsync(0);
        await table.AnswerAsync(table.Players[0], 0, right: true);
        await table.AnswerAsync(table.Players[1], 0, right: true);
        var cy = table.Players[2];

        await cy.Client.DisposeAsync();
        await table.Host.NextAsync("PlayerLeft");
        await using var reloaded = await GameClient.ConnectAsync(factory);
        var joined = await reloaded.InvokeAsync("Join", table.Pin, "", cy.Token);
        Assert.Equal("answering", joined.GetProperty("state").GetProperty("phase").GetString());
        table.Players[2] = cy with { Client = reloaded };
        var ack = await table.AnswerAsync(table.Players[2], 0, right: true);
        var results = await table.RevealAsync();

        Assert.Equal("accepted", ack.GetProperty("outcome").GetString());
        Assert.True(results[2].GetProperty("correct").GetBoolean());
        Assert.True(results[2].GetProperty("points").GetInt32() > 0);
    }

    [Fact]
    public async Task A_restarted_server_restores_the_game_with_every_answer_already_given()
    {
        using var bank = new BankCopy();
        var database = $"Data Source={Path.Combine(bank.Path, "restart.db")};Pooling=False";
        await RestartScenario.AssertGameSurvivesRestartAsync(() => new LiveServerFactory { DatabaseConnectionString = database });
    }
}
