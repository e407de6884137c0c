using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Contract;

/// <summary>
/// The real server started in-process over a throwaway in-memory database, so the contract is read from what the
/// app really serves: its OpenAPI document and the JSON settings of its hub protocol.
/// </summary>
internal sealed class InProcessServer : WebApplicationFactory<Program>
{
    private readonly string connectionString = $"Data Source=aleppoquiz-contract-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
    private readonly RepositoryLayout repository;
    // An in-memory SQLite database lives only while a connection to it is open.
    private readonly SqliteConnection keepAlive;

    public InProcessServer(RepositoryLayout repository)
    {
        this.repository = repository;
        // The factory would guess the content root from the solution's folder; the server's own folder is known.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ALEPPOQUIZ_SERVER", repository.ServerProject);
        keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
    }

    public async Task<string> OpenApiDocumentAsync()
    {
        using var client = CreateClient();
        return await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
    }

    public JsonSerializerOptions HubJson => Services.GetRequiredService<IOptions<JsonHubProtocolOptions>>().Value.PayloadSerializerOptions;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Contract");
        builder.UseSetting("ConnectionStrings:AleppoQuiz", connectionString);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("QuestionBank:Path", repository.QuestionBank);
        // The server's start-up chatter would bury the generator's own output; its failures still arrive as exceptions.
        builder.ConfigureLogging(logging => logging.ClearProviders());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            keepAlive.Dispose();
        }
    }
}
