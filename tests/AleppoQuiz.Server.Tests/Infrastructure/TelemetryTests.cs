using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>Telemetry is collected only where an operator sends it.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task An_otlp_endpoint_turns_on_metrics_and_traces_without_a_scrape_endpoint()
    {
        await using var factory = new LiveServerFactory
        {
            Settings = new Dictionary<string, string> { ["Telemetry:OtlpEndpoint"] = "http://127.0.0.1:4317" },
        };

        var metrics = await factory.CreateClient().GetAsync("/metrics");

        Assert.NotNull(factory.Services.GetService<MeterProvider>());
        Assert.NotNull(factory.Services.GetService<TracerProvider>());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, metrics.StatusCode);
    }

    [Fact]
    public async Task With_nothing_configured_nothing_is_collected_or_served()
    {
        await using var factory = new LiveServerFactory();

        var metrics = await factory.CreateClient().GetAsync("/metrics");

        Assert.Null(factory.Services.GetService<MeterProvider>());
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, metrics.StatusCode);
    }
}
