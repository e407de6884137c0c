using AleppoQuiz.Server.Features.Live;
using AleppoQuiz.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>The real server with its game deadlines on a test clock, so a test decides when time runs out.</summary>
public class LiveServerFactory : QuizServerFactory
{
    internal TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Journal:FlushInterval", "00:00:00.020");
        builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(LiveSetup.GameClock, Clock));
    }
}
