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

        var request = new RegisterRequest(email.Trim(), password, configuration["Administrator:DisplayName"] ?? "Administrator");
        if (RegistrationRules.Check(request) is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(
                $"The configured administrator cannot be created: {string.Join(" ", errors.Values.SelectMany(e => e))}");
        }

        var teacher = await scope.ServiceProvider.GetRequiredService<TeacherAccounts>()
            .CreateAsync(request, AccountStatus.Approved, isAdministrator: true, cancellationToken);
        LogCreated(teacher.Email);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the administrator account {Email}")]
    private partial void LogCreated(string email);
}
