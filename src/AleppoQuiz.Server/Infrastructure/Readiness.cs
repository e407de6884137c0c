using System.Text.Json;
using AleppoQuiz.Server.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// <c>/healthz</c> says the process is alive and its database answers; <c>/readyz</c> says it can run games:
/// the database answers, the game journal is saving, the question bank is loaded and every game came back.
/// Readiness answers with JSON naming what is wrong, so an operator sees which game was set aside.
/// </summary>
internal static class Readiness
{
    public const string Tag = "ready";

    public static IHealthChecksBuilder AddReadinessCheck<T>(this IHealthChecksBuilder checks, string name)
        where T : class, IHealthCheck => checks.AddCheck<T>(name, tags: [Tag]);

    public static void MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => !check.Tags.Contains(Tag) });
        routes.MapHealthChecks("/readyz", new HealthCheckOptions { ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(e => new { name = e.Key, status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}

/// <summary>The built-in quizzes are in the database: start-up loaded the question bank.</summary>
internal sealed class QuestionBankHealthCheck(QuizDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Quizzes.AnyAsync(q => q.OwnerId == null, cancellationToken)
            ? HealthCheckResult.Healthy("The question bank is loaded.")
            : HealthCheckResult.Unhealthy("No built-in quiz is loaded.");
}
