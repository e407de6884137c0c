using System.Net;
using AleppoQuiz.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// The real server on Kestrel at a random loopback port, because a browser cannot reach the in-memory test server.
/// It loads the repository's bank plus the short <see cref="DrillBank"/> quiz.
/// </summary>
public sealed class BrowserServerFactory : QuizServerFactory
{
    /// <summary>The administrator the server is started with, who approves accounts on the sign-in page.</summary>
    public const string AdminEmail = "head.teacher@school.example";
    public const string AdminPassword = "a long admin password";

    private readonly BankCopy bank;

    public BrowserServerFactory()
        : this(DrillBank.Create())
    {
    }

    private BrowserServerFactory(BankCopy bank)
    {
        this.bank = bank;
        BankPath = bank.Path;
        UseKestrel(0);
    }

    /// <summary>Starts Kestrel and returns the loopback address it listens on, without a trailing slash.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var uris = addresses.Select(a => new Uri(a)).ToArray();
        var chosen = uris.FirstOrDefault(u => IPAddress.TryParse(u.Host, out var ip) && IPAddress.IsLoopback(ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            ?? uris.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");

        // A browser resolves "localhost" itself; a literal loopback address avoids any IPv6/IPv4 mismatch.
        return new UriBuilder(chosen) { Host = chosen.Host is "localhost" or "[::]" or "0.0.0.0" ? "127.0.0.1" : chosen.Host }.Uri;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Administrator:Email", AdminEmail);
        builder.UseSetting("Administrator:Password", AdminPassword);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            bank.Dispose();
        }
    }
}
