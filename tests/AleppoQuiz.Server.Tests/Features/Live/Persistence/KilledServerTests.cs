using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace AleppoQuiz.Server.Tests.Features.Live.Persistence;

/// <summary>
/// An acknowledged answer is a stored answer: a class answers in one burst, the server process is killed with
/// SIGKILL the moment the last acknowledgement arrives, and the server started again over the same database
/// reports every acknowledged answer, option by option. Everything here goes through the published protocol and
/// API, as phones and the teacher's screen do.
/// </summary>
public sealed class KilledServerTests : IDisposable
{
    private const int Players = 40;
    private const string AdminEmail = "crash-admin@school.example";
    private const string AdminPassword = "a crash test administrator password";
    private readonly BankCopy folder = new();

    private string Database => Path.Combine(folder.Path, "games.db");

    [Fact]
    public async Task Every_acknowledged_answer_is_reported_after_a_kill_and_a_restart()
    {
        string gameId;
        Dictionary<int, int[]> acknowledged;
        // Every call to the server is bounded: a server that stops answering fails the test instead of stalling it.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using (var server = await StartAsync())
        {
            var (teacher, cookies) = await SignInAsync(server);
            await using var host = Hub(server, cookies);
            await host.StartAsync(patience.Token);
            var game = await host.InvokeAsync<GameCreatedMessage>("CreateGame", "sources-and-spellings", patience.Token);

            var phones = await Task.WhenAll(Enumerable.Range(1, Players).Select(n => Phone.JoinAsync(server, game.Pin, $"Crash {n}", patience.Token)));
            gameId = phones[0].GameId;
            await host.InvokeAsync("StartGame", patience.Token);
            var answers = await Task.WhenAll(phones.Select(p => p.AnswerFirstQuestionAsync(patience.Token)));

            acknowledged = answers.Where(a => a.Outcome == "accepted").ToDictionary(a => a.PlayerId, a => a.OptionIds);
            await server.KillAsync();
            teacher.Dispose();
            await Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));
        }

        await using var restarted = await StartAsync();
        var (reader, _) = await SignInAsync(restarted);
        var players = await reader.GetFromJsonAsync<PlayerReportMessage[]>($"api/reports/games/{gameId}/players");

        Assert.Equal(Players, acknowledged.Count);
        var stored = players!.ToDictionary(p => p.PlayerId, p => p.Answers.SingleOrDefault(a => a.QuestionIndex == 0 && a.Answered)?.OptionIds);
        Assert.All(acknowledged, ack => Assert.Equal(ack.Value, stored.GetValueOrDefault(ack.Key)));
    }

    public void Dispose() => folder.Dispose();

    // The server this test project was built with, over a database file that outlives it.
    private Task<ServerProcess> StartAsync() => ServerProcess.StartAsync(
        Path.Combine(AppContext.BaseDirectory, "AleppoQuiz.Server.dll"),
        Path.Combine(RepositoryPaths.Root, "src", "AleppoQuiz.Server"),
        new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__AleppoQuiz"] = $"Data Source={Database}",
            ["QuestionBank__Path"] = RepositoryPaths.QuestionBank,
            ["Administrator__Email"] = AdminEmail,
            ["Administrator__Password"] = AdminPassword,
            ["Logging__LogLevel__Default"] = "Warning",
        });

    private static async Task<(HttpClient Client, CookieContainer Cookies)> SignInAsync(ServerProcess server)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server.Address };
        var signIn = await client.PostAsJsonAsync("api/account/login", new { email = AdminEmail, password = AdminPassword });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        return (client, cookies);
    }

    private static HubConnection Hub(ServerProcess server, CookieContainer? cookies = null) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server.Address, "hubs/game"), options => options.Cookies = cookies ?? new CookieContainer())
            .Build();

    /// <summary>A phone: joins, waits for the first question to open for answers, answers it once.</summary>
    private sealed class Phone(HubConnection connection, JoinedMessage joined, Task<QuestionMessage> answering) : IAsyncDisposable
    {
        public string GameId => joined.GameId;

        public static async Task<Phone> JoinAsync(ServerProcess server, string pin, string nickname, CancellationToken patience)
        {
            var connection = Hub(server);
            var answering = new TaskCompletionSource<QuestionMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            connection.On<QuestionMessage>("AnsweringOpen", question => answering.TrySetResult(question));
            await connection.StartAsync(patience);
            var joined = await connection.InvokeAsync<JoinedMessage>("Join", pin, nickname, null, patience);
            return new Phone(connection, joined, answering.Task);
        }

        public async Task<(int PlayerId, string Outcome, int[] OptionIds)> AnswerFirstQuestionAsync(CancellationToken patience)
        {
            var question = await answering.WaitAsync(patience);
            // Players spread over the options, so the stored answers are not all alike; an order is sent whole.
            var ids = question.Options.Select(o => o.Id).ToArray();
            int[] sent = question.Kind == "order" ? ids : [ids[joined.PlayerId % ids.Length]];
            var ack = await connection.InvokeAsync<AckMessage>("SubmitAnswer", question.Index, sent, patience);
            return (joined.PlayerId, ack.Outcome, sent);
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }

    private sealed record GameCreatedMessage(string Pin);

    private sealed record JoinedMessage(int PlayerId, string GameId);

    private sealed record OptionMessage(int Id);

    private sealed record QuestionMessage(int Index, string Kind, OptionMessage[] Options);

    private sealed record AckMessage(string Outcome);

    private sealed record AnswerMessage(int QuestionIndex, bool Answered, int[] OptionIds);

    private sealed record PlayerReportMessage(int PlayerId, AnswerMessage[] Answers);
}
