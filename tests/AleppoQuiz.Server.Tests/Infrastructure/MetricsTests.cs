using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.Extensions.Logging;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>
/// Meters are seen process-wide, so the scrape would also count other tests' games if they ran alongside:
/// the tests that read exact counts run on their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExactMetersCollection
{
    public const string Name = "Exact meters";
}

/// <summary>An operator's Prometheus scrapes the server while a class plays a whole game, and after it ends.</summary>
[Collection(ExactMetersCollection.Name)]
public sealed class MetricsTests : IAsyncLifetime
{
    private readonly LiveServerFactory factory = new()
    {
        Settings = new Dictionary<string, string> { ["Telemetry:Prometheus"] = "true" },
    };

    private LiveTable table = null!;

    public async Task InitializeAsync() => table = await LiveTable.OpenAsync(factory, "Ana", "Ben", "Cleo");

    [Fact]
    public async Task A_played_game_shows_in_the_game_meters_and_the_log_with_the_right_counts()
    {
        var lobby = await ScrapeAsync();
        Assert.Equal(1, lobby.Value("aleppoquiz_games_live"));
        Assert.Equal(3, lobby.Value("aleppoquiz_players_connected"));
        Assert.Equal(1, lobby.Value("aleppoquiz_games_total", "event=\"created\""));

        await table.Host.InvokeAsync("StartGame");
        for (var index = 0; index < table.Key.Count; index++)
        {
            await table.OpenQuestionAsync(index);
            await table.AnswerAsync(table.Players[0], index, right: true);
            await table.AnswerAsync(table.Players[1], index, right: false);
            await table.AnswerAsync(table.Players[2], index, right: true);
            await table.RevealAsync();
            await table.AdvancePastLeaderboardAsync();
        }

        await table.Host.NextAsync("Podium");
        await table.Host.InvokeAsync("Next");
        await table.Host.NextAsync("GameEnded");

        var after = await ScrapeAsync();
        var answers = 3 * table.Key.Count;
        Assert.Equal(0, after.Value("aleppoquiz_games_live"));
        Assert.Equal(0, after.Value("aleppoquiz_players_connected"));
        Assert.Equal(1, after.Value("aleppoquiz_games_total", "event=\"started\""));
        Assert.Equal(1, after.Value("aleppoquiz_games_total", "event=\"ended\""));
        Assert.Equal(answers, after.Value("aleppoquiz_answers_total", "outcome=\"accepted\""));
        Assert.Equal(answers, after.Value("aleppoquiz_answer_acknowledgement_duration_seconds_count"));
        Assert.True(after.Value("aleppoquiz_broadcast_duration_seconds_count") >= answers);
        Assert.True(after.Value("aleppoquiz_journal_lag_seconds_count") > 0);
        Assert.Equal(0, after.ValueOrZero("aleppoquiz_journal_failures_total"));

        var lifecycle = factory.Log.Lines
            .Where(l => l.Category == typeof(Server.Infrastructure.GameMeters).FullName && l.Level == LogLevel.Information)
            .Select(l => l.Message)
            .ToArray();
        Assert.Equal(3, lifecycle.Length);
        Assert.StartsWith($"Game {table.Pin} (", lifecycle[0], StringComparison.Ordinal);
        Assert.Contains(") created for quiz ", lifecycle[0], StringComparison.Ordinal);
        Assert.EndsWith(") started with 3 players", lifecycle[1], StringComparison.Ordinal);
        Assert.EndsWith(") ended with 3 players", lifecycle[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_scrape_carries_the_runtime_and_http_meters_beside_the_games()
    {
        await factory.CreateClient().GetAsync("/api/quizzes");

        var scrape = await ScrapeAsync();

        Assert.Contains("http_server_request_duration_seconds_count", scrape.Text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_collections_total", scrape.Text, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await table.DisposeAsync();
        await factory.DisposeAsync();
    }

    private async Task<PrometheusScrape> ScrapeAsync()
    {
        var response = await factory.CreateClient().GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        return new PrometheusScrape(await response.Content.ReadAsStringAsync());
    }
}
