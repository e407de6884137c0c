using System.Text.Json;
using System.Text.Json.Serialization;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Features.Live;

internal static class LiveSetup
{
    /// <summary>
    /// The clock that decides question deadlines. Keyed so a test can drive games on a manual clock without also
    /// stopping the clocks of the server's connections.
    /// </summary>
    public const string GameClock = "game-clock";

    public static WebApplicationBuilder AddLiveGames(this WebApplicationBuilder builder)
    {
        builder.Services.AddKeyedSingleton(GameClock, TimeProvider.System);
        builder.Logging.AddFilter(RefusalHubFilter.SignalRInvocationLog, LogLevel.None);
        builder.Services.AddSingleton<LiveThrottles>();
        builder.WebHost.ConfigureKestrel(ConnectionBuffers.Configure);
        builder.Services.AddSignalR(options =>
            {
                options.AddFilter<RefusalHubFilter>();
                ConnectionBuffers.Configure(options);
            })
            .AddJsonProtocol(options => options.PayloadSerializerOptions.Converters.Add(
                new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)))
            // Binary frames for clients that ask for them: smaller and cheaper to write at a few thousand phones.
            .AddMessagePackProtocol(options => options.SerializerOptions = MessagePackWire.Options);
        builder.Services.Configure<JournalOptions>(builder.Configuration.GetSection("Journal"));
        builder.Services.Configure<LiveOptions>(builder.Configuration.GetSection(LiveOptions.Section));
        builder.Services.AddSingleton<GameJournal>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<GameJournal>());
        builder.Services.AddSingleton<GameConnections>();
        builder.Services.AddSingleton<GameBroadcaster>();
        builder.Services.AddSingleton<LiveGameService>();
        builder.Services.AddSingleton<RecoveryReport>();
        builder.Services.AddHostedService<LiveGameRecovery>();
        builder.Services.AddHostedService<LiveGameSweep>();
        builder.Services.AddHealthChecks()
            .AddReadinessCheck<JournalHealthCheck>("journal")
            .AddReadinessCheck<RecoveredGamesHealthCheck>("games");
        return builder;
    }

    public static void MapLiveGames(this IEndpointRouteBuilder routes)
    {
        routes.MapHub<GameHub>(GameHub.Path, ConnectionBuffers.Configure);
        routes.MapGames();
    }
}
