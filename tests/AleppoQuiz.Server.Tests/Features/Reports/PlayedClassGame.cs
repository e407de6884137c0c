using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Reports;

/// <summary>
/// A whole class game of the shortest built-in quiz, played over the hub on the test clock so every answer time is
/// exact: Ana is right after 1 s, Ben wrong after 2 s, Cleo after 4 s, right on even questions and wrong on odd
/// ones, and silent on the last (which then runs to its deadline). Dan is on the roster but never plays.
/// </summary>
public sealed class PlayedClassGame : IAsyncLifetime
{
    public static readonly string[] Roster = ["Ana", "Ben", "Cleo", "Dan"];

    public LiveServerFactory Factory { get; } = new();

    internal ReportTeacher Teacher { get; private set; } = null!;

    public ClassDetail Class { get; private set; } = null!;

    public string GameId { get; private set; } = "";

    internal QuizKey Key { get; private set; } = null!;

    /// <summary>Player name → (player id, token).</summary>
    public Dictionary<string, (int PlayerId, string Token)> Players { get; } = [];

    /// <summary>What each player did on each question, with the result the hub sent them.</summary>
    public List<Outcome> Outcomes { get; } = [];

    public int QuestionCount => Key.Count;

    public async Task InitializeAsync()
    {
        Teacher = await ReportTeacher.CreateAsync(Factory);
        var quizId = await QuizKey.ShortestQuizIdAsync(Teacher.Http);
        Key = await QuizKey.LoadAsync(Teacher.Http, quizId);
        Class = await Teacher.CreateClassAsync("7B", Roster);
        await using var host = await GameClient.ConnectAsync(Factory, Teacher.Cookie);
        var created = await host.InvokeAsync("CreateClassGame", quizId, Class.Id);
        var pin = created.GetProperty("pin").GetString()!;
        var clients = new Dictionary<string, GameClient>();
        foreach (var name in Roster[..3])
        {
            clients[name] = await GameClient.ConnectAsync(Factory);
            var joined = await clients[name].InvokeAsync("JoinAsStudent", pin, Class.Code, Class.Students.Single(s => s.Name == name).Id, null);
            Players[name] = (joined.GetProperty("playerId").GetInt32(), joined.GetProperty("playerToken").GetString()!);
            GameId = joined.GetProperty("gameId").GetString()!;
        }

        await host.InvokeAsync("StartGame");
        for (var index = 0; index < QuestionCount; index++)
        {
            await PlayQuestionAsync(host, clients, index);
        }

        await host.InvokeAsync("Next");
        await host.NextAsync("GameEnded");
        foreach (var client in clients.Values)
        {
            await client.DisposeAsync();
        }

        await Factory.Services.GetRequiredService<GameJournal>().FlushAsync();
    }

    public async Task<T> GetAsync<T>(string path) => (await Teacher.Http.GetFromJsonAsync<T>(path, JsonOptions))!;

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    public Task DisposeAsync() => Factory.DisposeAsync().AsTask();

    /// <summary>The plan: (player, milliseconds after answering opens, right or wrong, or null for no answer).</summary>
    public (string Name, long AtMs, bool? Right)[] Plan(int index) =>
    [
        ("Ana", 1000, true),
        ("Ben", 2000, false),
        ("Cleo", 4000, index == QuestionCount - 1 ? null : index % 2 == 0),
    ];

    private async Task PlayQuestionAsync(GameClient host, Dictionary<string, GameClient> clients, int index)
    {
        var preview = await host.NextAsync("QuestionPreview");
        var limitMs = preview.GetProperty("timeLimitMs").GetInt64();
        var multiplier = preview.GetProperty("pointsMultiplier").GetDecimal();
        Factory.Clock.Advance(TimeSpan.FromMilliseconds(preview.GetProperty("readingRemainingMs").GetInt64()));
        await host.NextAsync("AnsweringOpen");
        long elapsed = 0;
        foreach (var (name, atMs, right) in Plan(index).Where(p => p.Right is not null))
        {
            Factory.Clock.Advance(TimeSpan.FromMilliseconds(atMs - elapsed));
            elapsed = atMs;
            await clients[name].InvokeAsync("SubmitAnswer", index, right!.Value ? Key.Right(index) : Key.Wrong(index));
        }

        if (Plan(index).Any(p => p.Right is null))
        {
            Factory.Clock.Advance(TimeSpan.FromMilliseconds(limitMs - elapsed));
        }

        await host.NextAsync("QuestionClosed");
        foreach (var (name, atMs, right) in Plan(index))
        {
            var result = await clients[name].NextAsync("YourResult");
            Outcomes.Add(new Outcome(index, name, right is not null, right == true, right is null ? null : atMs, limitMs, multiplier,
                result.GetProperty("points").GetInt32(), right is null ? [] : right.Value ? Key.Right(index) : Key.Wrong(index)));
        }

        await host.InvokeAsync("Next");
        await host.NextAsync("Leaderboard");
        await host.InvokeAsync("Next");
        if (index == QuestionCount - 1)
        {
            await host.NextAsync("Podium");
        }
    }

    public sealed record Outcome(
        int Question, string Player, bool Answered, bool Right, long? TimeMs, long LimitMs, decimal Multiplier, int Points, int[] OptionIds);
}
