using System.Text.Json;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>A host and some players connected to one game, with the steps a whole game is made of.</summary>
internal sealed class LiveTable : IAsyncDisposable
{
    private LiveTable(LiveServerFactory factory, GameClient host, string hostCookie, JsonElement created, QuizKey key)
    {
        HostCookie = hostCookie;
        Factory = factory;
        Host = host;
        Pin = created.GetProperty("pin").GetString()!;
        HostKey = created.GetProperty("hostKey").GetString()!;
        Key = key;
    }

    public LiveServerFactory Factory { get; }

    /// <summary>The signed-in teacher hosting the game, for a host screen that reconnects.</summary>
    public string HostCookie { get; }

    public GameClient Host { get; }

    public string Pin { get; }

    public string HostKey { get; }

    public QuizKey Key { get; }

    public List<Player> Players { get; } = [];

    public IEnumerable<GameClient> Everyone => Players.Select(p => p.Client).Prepend(Host);

    public static async Task<LiveTable> OpenAsync(LiveServerFactory factory, params string[] nicknames)
    {
        var http = await SignedInTeacher.CreateAsync(factory);
        var quizId = await QuizKey.ShortestQuizIdAsync(http);
        return await OpenAsync(factory, http, await SignedInTeacher.CookieAsync(factory), quizId, nicknames);
    }

    /// <summary>A game of <paramref name="quizId"/>, hosted by the teacher whose cookie is given.</summary>
    public static async Task<LiveTable> OpenAsync(LiveServerFactory factory, HttpClient http, string cookie, string quizId, params string[] nicknames)
    {
        var host = await GameClient.ConnectAsync(factory, cookie);
        var table = new LiveTable(factory, host, cookie, await host.InvokeAsync("CreateGame", quizId), await QuizKey.LoadAsync(http, quizId));
        foreach (var nickname in nicknames)
        {
            await table.JoinAsync(nickname);
        }

        return table;
    }

    public async Task<Player> JoinAsync(string nickname)
    {
        var client = await GameClient.ConnectAsync(Factory);
        JsonElement joined;
        try
        {
            joined = await client.InvokeAsync("Join", Pin, nickname, null);
        }
        catch
        {
            // A refused phone is not at the table, so nothing else would close its connection.
            await client.DisposeAsync();
            throw;
        }

        var player = new Player(client, joined.GetProperty("playerId").GetInt32(), joined.GetProperty("playerToken").GetString()!);
        Players.Add(player);
        return player;
    }

    /// <summary>Waits for question <paramref name="index"/> to be shown, then lets its reading time pass.</summary>
    public async Task OpenQuestionAsync(int index)
    {
        foreach (var client in Everyone)
        {
            Assert.Equal(index, (await client.NextAsync("QuestionPreview")).GetProperty("index").GetInt32());
        }

        Factory.Clock.Advance(TimeSpan.FromSeconds(6));
        foreach (var client in Everyone)
        {
            Assert.Equal(index, (await client.NextAsync("AnsweringOpen")).GetProperty("index").GetInt32());
        }
    }

    public async Task<JsonElement> AnswerAsync(Player player, int index, bool right) =>
        await player.Client.InvokeAsync("SubmitAnswer", index, right ? Key.Right(index) : Key.Wrong(index));

    /// <summary>Waits for the reveal everyone sees, then returns each player's own result.</summary>
    public async Task<JsonElement[]> RevealAsync()
    {
        foreach (var client in Everyone)
        {
            await client.NextAsync("QuestionClosed");
        }

        return await Task.WhenAll(Players.Select(p => p.Client.NextAsync("YourResult")));
    }

    /// <summary>Host moves past the reveal to the leaderboard, and past that to whatever comes next.</summary>
    public async Task AdvancePastLeaderboardAsync()
    {
        await Host.InvokeAsync("Next");
        foreach (var client in Everyone)
        {
            await client.NextAsync("Leaderboard");
        }

        await Host.InvokeAsync("Next");
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Everyone)
        {
            await client.DisposeAsync();
        }
    }

    internal sealed record Player(GameClient Client, int PlayerId, string Token);
}
