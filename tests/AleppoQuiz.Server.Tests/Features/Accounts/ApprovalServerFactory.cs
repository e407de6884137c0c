using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AleppoQuiz.Server.Tests.Features.Accounts;

/// <summary>
/// A server with a configured administrator, sign-up open only to school.example, and accounts (invitations and
/// sign-in throttling) on a test clock, so a test can let an invitation expire or a wait run out.
/// </summary>
public sealed class ApprovalServerFactory : LiveServerFactory
{
    public const string AdminEmail = "head@school.example";
    public const string AdminPassword = "a long admin password";

    internal FakeTimeProvider AccountClock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Administrator:Email", AdminEmail);
        builder.UseSetting("Administrator:Password", AdminPassword);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new SignInThrottle(AccountClock));
            services.AddScoped(sp => new TeacherInvitations(sp.GetRequiredService<AleppoQuiz.Server.Data.QuizDbContext>(), AccountClock));
            services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
        });
    }

    /// <summary>A client that says which network address it stands for, as requests from different places would.</summary>
    public HttpClient ClientAt(string address)
    {
        var client = NewClient();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

    public async Task<HttpClient> SignedInAdministratorAsync()
    {
        var admin = NewClient();
        (await admin.PostAsJsonAsync("/api/account/login", new SignInRequest(AdminEmail, AdminPassword))).EnsureSuccessStatusCode();
        await SignedInTeacher.AddAntiforgeryHeaderAsync(admin);
        return admin;
    }
}

/// <summary>The test server has no network: it takes a request's client address from a header instead.</summary>
internal sealed class ClientAddressFromHeader : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
            {
                context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address.ToString());
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

