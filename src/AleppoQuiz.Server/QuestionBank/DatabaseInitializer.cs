using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AleppoQuiz.Server.QuestionBank;

/// <summary>
/// Runs before the server takes requests: checks the question bank, migrates the schema, then brings the
/// database up to date with the bank. The bank is checked first so a broken file changes nothing stored.
/// </summary>
internal sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<QuestionBankOptions> options,
    IHostEnvironment environment,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var bankPath = options.Value.Resolve(environment.ContentRootPath);
        var bank = QuestionBankLoader.Load(bankPath);
        if (!bank.IsValid)
        {
            // Logged one per line first: the exception that stops start-up reads less easily in a console.
            foreach (var problem in bank.Problems)
            {
                LogProblem(problem.ToString());
            }

            throw new QuestionBankInvalidException(bankPath, bank.Problems);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QuizDbContext>();
        await db.UpgradeSchemaAsync(cancellationToken);
        var changes = await new QuestionBankSync(db).ApplyAsync(bank, cancellationToken);
        LogLoaded(bankPath, bank.Quizzes.Count, bank.Quizzes.Sum(q => q.Questions.Count), changes.Added, changes.Updated, changes.Removed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "Question bank problem: {Problem}")]
    private partial void LogProblem(string problem);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Question bank {Path}: {Quizzes} quizzes, {Questions} questions ({Added} added, {Updated} updated, {Removed} removed)")]
    private partial void LogLoaded(string path, int quizzes, int questions, int added, int updated, int removed);
}
