using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using AleppoQuiz.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace AleppoQuiz.Server.Tests.Infrastructure;

/// <summary>
/// What <c>dotnet publish</c> writes is all an operator copies to a server: started from that folder alone, far
/// from the repository, it finds its question bank and front end, creates its database and serves a game.
/// </summary>
public sealed class PublishedServerTests : IDisposable
{
    private const string AdminEmail = "publish-admin@school.example";
    private const string AdminPassword = "a published server administrator password";
    private const string BuiltInQuiz = "sources-and-spellings";

    // The configuration this test project was built with, so publishing reuses that build instead of a second one.
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    // Publishing reuses the test build, so it takes seconds; minutes only on a machine that is badly overloaded.
    private static readonly TimeSpan PublishPatience = TimeSpan.FromMinutes(10);

    private readonly string folder = Directory.CreateTempSubdirectory("aleppoquiz-published-").FullName;

    [Fact]
    public async Task A_published_server_started_from_its_folder_alone_serves_a_game()
    {
        var output = Path.Combine(folder, "app");
        await PublishAsync(output);

        await using var server = await ServerProcess.StartAsync(Path.Combine(output, "AleppoQuiz.Server.dll"), contentRoot: null, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Administrator__Email"] = AdminEmail,
            ["Administrator__Password"] = AdminPassword,
        });
        using var http = new HttpClient { BaseAddress = server.Address };
        var joinPage = await http.GetStringAsync("/");
        Assert.Contains("js/player.js", joinPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/js/player.js")).StatusCode);
        Assert.True(File.Exists(Path.Combine(output, "data", "aleppoquiz.db")), "The database is created inside the published folder.");

        var cookies = new CookieContainer();
        using var teacher = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server.Address };
        Assert.Equal(HttpStatusCode.OK, (await teacher.PostAsJsonAsync("api/account/login", new { email = AdminEmail, password = AdminPassword })).StatusCode);

        // Every call to the server is bounded: a server that stops answering fails the test instead of stalling it.
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var host = Hub(server, cookies);
        await host.StartAsync(patience.Token);
        var game = await host.InvokeAsync<GameCreatedMessage>("CreateGame", BuiltInQuiz, patience.Token);
        await using var phone = Hub(server, new CookieContainer());
        var answering = new TaskCompletionSource<QuestionMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        phone.On<QuestionMessage>("AnsweringOpen", question => answering.TrySetResult(question));
        await phone.StartAsync(patience.Token);
        await phone.InvokeAsync<JoinedMessage>("Join", game.Pin, "Published", null, patience.Token);
        await host.InvokeAsync("StartGame", patience.Token);

        var question = await answering.Task.WaitAsync(patience.Token);
        var ids = question.Options.Select(o => o.Id).ToArray();
        var ack = await phone.InvokeAsync<AckMessage>(
            "SubmitAnswer", question.Index, question.Kind == "order" ? ids : ids[..1], patience.Token);

        Assert.Equal("accepted", ack.Outcome);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task PublishAsync(string output)
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "AleppoQuiz.Server", "AleppoQuiz.Server.csproj");
        // No build servers: a compiler or MSBuild node left running would hold the output pipes open after publish
        // ends, and reading them to the end would then wait for that server's idle timeout.
        var start = new ProcessStartInfo(
            "dotnet", ["publish", project, "-c", Configuration, "-o", output, "-nologo", "--disable-build-servers"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(start)!;
        var log = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(PublishPatience);
        try
        {
            await publish.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            publish.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet publish did not finish within {PublishPatience.TotalMinutes} minutes.");
        }

        Assert.True(publish.ExitCode == 0, $"dotnet publish failed:\n{await log}\n{await errors}");
    }

    private static HubConnection Hub(ServerProcess server, CookieContainer cookies) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server.Address, "hubs/game"), options => options.Cookies = cookies)
            .Build();

    private sealed record GameCreatedMessage(string Pin);

    private sealed record JoinedMessage(int PlayerId);

    private sealed record OptionMessage(int Id);

    private sealed record QuestionMessage(int Index, string Kind, OptionMessage[] Options);

    private sealed record AckMessage(string Outcome);
}
