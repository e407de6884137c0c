using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace AleppoQuiz.LoadBench;

/// <summary>The teacher's screen: signs in, creates the game, starts it and moves it on question by question.</summary>
internal sealed class GameHost(HubConnection connection, HttpClient http) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> closed = new();

    public static async Task<GameHost> SignInAsync(Uri server)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server };
        var signIn = await http.PostAsJsonAsync("api/account/login", new { email = ServerUnderTest.HostEmail, password = ServerUnderTest.HostPassword });
        signIn.EnsureSuccessStatusCode();

        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(server, "hubs/game"), options => options.Cookies = cookies)
            .WithServerTimeout(TimeSpan.FromMinutes(5))
            .Build();
        var host = new GameHost(connection, http);
        connection.On<RevealMessage>("QuestionClosed", reveal => host.ClosedSignal(reveal.Index).TrySetResult());
        await connection.StartAsync();
        return host;
    }

    public async Task<string> CreateGameAsync(string quizId) =>
        (await connection.InvokeAsync<GameCreatedMessage>("CreateGame", quizId)).Pin;

    public Task StartAsync() => connection.InvokeAsync("StartGame");

    public Task NextAsync() => connection.InvokeAsync("Next");

    public Task EndAsync() => connection.InvokeAsync("EndGame");

    /// <summary>Completes when the host screen receives the reveal of question <paramref name="index"/>.</summary>
    public Task QuestionClosedAsync(int index) => ClosedSignal(index).Task;

    /// <summary>The answers the server's own report counts, read once the journal has caught up.</summary>
    public async Task<int> CountedAnswersAsync(string gameId, int expected)
    {
        var counted = -1;
        for (var attempt = 0; attempt < 60 && counted < expected; attempt++)
        {
            var questions = await http.GetFromJsonAsync<QuestionReportMessage[]>($"api/reports/games/{gameId}/questions");
            counted = questions?.Sum(question => question.Answered) ?? 0;
            if (counted < expected)
            {
                await Task.Delay(500);
            }
        }

        return counted;
    }

    private TaskCompletionSource ClosedSignal(int index) =>
        closed.GetOrAdd(index, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public async ValueTask DisposeAsync()
    {
        await connection.DisposeAsync();
        http.Dispose();
    }
}
