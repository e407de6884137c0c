using AleppoQuiz.Server.Features.Live;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>The real server with its game deadlines on a test clock, so a test decides when time runs out.</summary>
public class LiveServerFactory : QuizServerFactory
{
    internal FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    internal CapturedLog Log { get; } = new();

    /// <summary>Configuration a test sets, for example a low limit it wants to reach quickly.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Journal:FlushInterval", "00:00:00.020");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(LiveSetup.GameClock, Clock));
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
    }
}
