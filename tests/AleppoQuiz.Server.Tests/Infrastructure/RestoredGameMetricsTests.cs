using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Tests.Features.Live;
using AleppoQuiz.Server.Tests.Features.Live.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>After a restart the meters count the games the server brought back, not games it created.</summary>
[Collection(ExactMetersCollection.Name)]
public sealed class RestoredGameMetricsTests : IDisposable
{
    private readonly SavedGameServer saved = new();

    [Fact]
    public async Task A_game_restored_on_start_counts_as_restored_and_live_with_its_players()
    {
        await using (var first = Server())
        {
            var table = await LiveTable.OpenAsync(first, "Ana", "Ben");
            await table.Host.InvokeAsync("StartGame");
            await first.Services.GetRequiredService<GameJournal>().FlushAsync();
            await table.DisposeAsync();
        }

        await using var second = Server();
        var scrape = new PrometheusScrape(await second.CreateClient().GetStringAsync("/metrics"));

        Assert.Equal(1, scrape.Value("aleppoquiz_games_total", "event=\"restored\""));
        Assert.Equal(0, scrape.ValueOrZero("aleppoquiz_games_total", "event=\"created\""));
        Assert.Equal(1, scrape.Value("aleppoquiz_games_live"));
        Assert.Equal(2, scrape.Value("aleppoquiz_players_connected"));
    }

    public void Dispose() => saved.Dispose();

    private LiveServerFactory Server() => new()
    {
        DatabaseConnectionString = saved.ConnectionString,
        Settings = new Dictionary<string, string> { ["Telemetry:Prometheus"] = "true" },
    };
}
