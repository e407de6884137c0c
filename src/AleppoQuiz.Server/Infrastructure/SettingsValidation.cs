using AleppoQuiz.Server.Features.Live;
using AleppoQuiz.Server.Features.Live.Persistence;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// Checks the settings before the server takes its first request, so a mistyped value stops it at start with one
/// sentence per problem naming the setting, instead of surfacing later as a game that cannot start.
/// </summary>
internal static class SettingsValidation
{
    public static WebApplicationBuilder ValidateSettings(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IValidateOptions<LiveOptions>>(new Rules<LiveOptions>(
            (o => o.JoinsPerMinutePerAddress >= 1, "Live:JoinsPerMinutePerAddress must be 1 or more."),
            (o => o.PinMissesPerMinutePerConnection >= 1, "Live:PinMissesPerMinutePerConnection must be 1 or more."),
            (o => o.PinMissesPerMinutePerAddress >= 1, "Live:PinMissesPerMinutePerAddress must be 1 or more."),
            (o => o.RefusalsPerMinutePerConnection >= 1, "Live:RefusalsPerMinutePerConnection must be 1 or more."),
            (o => o.MaxLiveGamesPerTeacher >= 1, "Live:MaxLiveGamesPerTeacher must be 1 or more."),
            (o => o.EndIdleGamesAfter > TimeSpan.Zero, "Live:EndIdleGamesAfter must be a positive time such as 03:00:00."),
            (o => o.ForgetEndedGamesAfter >= TimeSpan.Zero, "Live:ForgetEndedGamesAfter must not be negative."),
            (o => string.IsNullOrWhiteSpace(o.PublicUrl) || IsWebAddress(o.PublicUrl),
                "Live:PublicUrl must be an absolute http or https address such as http://192.168.1.20:5180.")));
        services.AddSingleton<IValidateOptions<JournalOptions>>(new Rules<JournalOptions>(
            (o => o.FlushInterval >= TimeSpan.Zero && o.FlushInterval <= TimeSpan.FromSeconds(1),
                "Journal:FlushInterval must be between 00:00:00 and 00:00:01: every answer waits for it."),
            (o => o.MaxBatch >= 1, "Journal:MaxBatch must be 1 or more.")));
        services.AddSingleton<IValidateOptions<ProxyOptions>>(new Rules<ProxyOptions>(
            (o => o.Entries().All(e => ProxyOptions.Parse(e) is not null),
                "Proxy:TrustedProxies must list IP addresses or networks such as 10.0.0.5, 10.1.0.0/16.")));
        services.AddSingleton<IValidateOptions<TelemetryOptions>>(new Rules<TelemetryOptions>(
            (o => o.OtlpEndpoint is null || o.OtlpEndpoint.IsAbsoluteUri,
                "Telemetry:OtlpEndpoint must be an absolute address such as http://collector:4317.")));
        services.AddSingleton<IValidateOptions<DatabaseSettings>>(new Rules<DatabaseSettings>(
            (o => DatabaseSettings.Providers.Contains(o.Provider, StringComparer.OrdinalIgnoreCase),
                "Database:Provider must be Sqlite or Postgres.")));

        services.AddOptions<LiveOptions>().ValidateOnStart();
        services.AddOptions<JournalOptions>().ValidateOnStart();
        services.AddOptions<ProxyOptions>().ValidateOnStart();
        services.AddOptions<TelemetryOptions>().BindConfiguration(Telemetry.Section).ValidateOnStart();
        services.AddOptions<DatabaseSettings>().BindConfiguration(DatabaseSettings.Section).ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// Checks every setting at once, right after the app is built: services that read a setting as they are created
    /// would otherwise stop the start at the first faulty one, leaving the others to be found one restart at a time.
    /// </summary>
    public static void StopOnInvalidSettings(this WebApplication app) =>
        app.Services.GetService<IStartupValidator>()?.Validate();

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Every rule is checked, so one start reports all the faulty settings, not the first.</summary>
    private sealed class Rules<T>(params (Func<T, bool> Holds, string Problem)[] rules) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var problems = rules.Where(r => !r.Holds(options)).Select(r => r.Problem).ToArray();
            return problems.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}

/// <summary>The database choice as configured; <see cref="DatabaseSetup"/> acts on it.</summary>
internal sealed class DatabaseSettings
{
    public const string Section = "Database";

    public static readonly string[] Providers = ["Sqlite", "Postgres", "PostgreSQL"];

    public string Provider { get; set; } = "Sqlite";
}
