using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>
/// Creates the first administrator from configuration (<c>Administrator:Email</c>, <c>Administrator:Password</c>,
/// optionally <c>Administrator:DisplayName</c>) when no account has that address yet, so a fresh server can be
/// signed in to without an open registration step. An existing account keeps its password.
/// </summary>
internal sealed partial class AdministratorSeeder(
    IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AdministratorSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var email = configuration["Administrator:Email"];
        var password = configuration["Administrator:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
        var normalized = email.Trim().ToUpperInvariant();
        if (await db.Teachers.AnyAsync(t => t.NormalizedEmail == normalized, cancellationToken))
        {
            return;
        }

        var name = configuration["Administrator:DisplayName"] ?? "Administrator";
        var (teacher, problem) = await scope.ServiceProvider.GetRequiredService<TeacherAccounts>()
            .RegisterAsync(new RegisterRequest(email, password, name), isAdministrator: true);
        if (teacher is null)
        {
            throw new InvalidOperationException($"The configured administrator cannot be created: {problem}");
        }

        LogCreated(teacher.Email);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the administrator account {Email}")]
    private partial void LogCreated(string email);
}
