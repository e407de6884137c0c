using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address. Trusting <c>X-Forwarded-For</c>,
/// <c>-Proto</c> and <c>-Host</c> from the proxies named in <c>Proxy:TrustedProxies</c> gives back each client's own
/// address, so the per-address limits (sign-in attempts, wrong PINs, new players) apply to the real client, and
/// join links use the public address the host screen was opened at. Nobody else's forwarded headers are believed.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static WebApplicationBuilder AddForwardedHeaders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section);
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // A chain of trusted proxies is walked back until the first address that is not one of them.
            forwarded.ForwardLimit = null;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var network in proxy.Value.Networks())
            {
                forwarded.KnownIPNetworks.Add(network);
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so that everything after it sees the client's address and scheme.</summary>
    public static WebApplication UseForwardedHeadersFromTrustedProxies(this WebApplication app)
    {
        // With no trusted proxy the middleware would believe anyone's headers; without it nobody's are. Read from
        // configuration, not the validated options, so that start-up validation reports every faulty setting at once.
        var proxy = app.Configuration.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        if (proxy.Networks().Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}

internal sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses or networks of the reverse proxies in front of the server, comma-separated: <c>10.0.0.5, 10.1.0.0/16</c>.</summary>
    public string TrustedProxies { get; set; } = "";

    public IReadOnlyList<string> Entries() =>
        TrustedProxies.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The entries that parse; <see cref="SettingsValidation"/> refuses to start with any that does not.</summary>
    public IReadOnlyList<System.Net.IPNetwork> Networks() => [.. Entries().Select(Parse).OfType<System.Net.IPNetwork>()];

    public static System.Net.IPNetwork? Parse(string entry) =>
        System.Net.IPNetwork.TryParse(entry, out var network) ? network
        : IPAddress.TryParse(entry, out var address) ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
        : null;
}
