using Microsoft.AspNetCore.SignalR;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// Metrics and traces through OpenTelemetry: ASP.NET Core, SignalR, the .NET runtime, EF Core and the game's own
/// <see cref="GameMeters"/>. Nothing is collected unless it goes somewhere: a Prometheus scrape endpoint at
/// <c>/metrics</c> (<c>Telemetry:Prometheus</c>) and OTLP export of metrics and traces (<c>Telemetry:OtlpEndpoint</c>).
/// </summary>
internal static class Telemetry
{
    public const string Section = "Telemetry";
    public const string ServiceName = "AleppoQuiz";
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<GameMeters>();
        builder.Services.Configure<HubOptions>(options => options.AddFilter<AnswerMetersHubFilter>());

        var settings = builder.Configuration.GetSection(Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!settings.Prometheus && settings.OtlpEndpoint is null)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(GameMeters.MeterName, "Microsoft.AspNetCore.Http.Connections", "Microsoft.EntityFrameworkCore");
                if (settings.Prometheus)
                {
                    // Scraped values are read at the moment of the scrape, never from a cached earlier answer.
                    metrics.AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0);
                }

                if (settings.OtlpEndpoint is { } endpoint)
                {
                    metrics.AddOtlpExporter(options => options.Endpoint = endpoint);
                }
            });

        if (settings.OtlpEndpoint is { } traceEndpoint)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource("Microsoft.AspNetCore.SignalR.Server")
                .AddOtlpExporter(options => options.Endpoint = traceEndpoint));
        }

        return builder;
    }

    public static void MapMetrics(this WebApplication app)
    {
        if (app.Configuration.GetSection(Section).Get<TelemetryOptions>() is { Prometheus: true })
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath);
        }
    }

    // Probes and scrapes every few seconds would drown the traces of what people did.
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments(MetricsPath);
}

internal sealed class TelemetryOptions
{
    /// <summary>Serves the metrics for Prometheus to scrape at <c>/metrics</c>.</summary>
    public bool Prometheus { get; set; }

    /// <summary>Where an OpenTelemetry collector listens (for example http://collector:4317); metrics and traces go there.</summary>
    public Uri? OtlpEndpoint { get; set; }
}
