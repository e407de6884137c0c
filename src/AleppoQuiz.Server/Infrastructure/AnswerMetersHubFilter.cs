using System.Diagnostics;
using AleppoQuiz.Server.Features.Live;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Infrastructure;

/// <summary>
/// Times every answer from its arrival at the hub to its acknowledgement, which waits for the answer to be saved:
/// the number a player feels as the pause between tapping and seeing "answer received".
/// </summary>
internal sealed class AnswerMetersHubFilter(GameMeters meters) : IHubFilter
{
    private static readonly HashSet<string> AnswerMethods = new(StringComparer.Ordinal)
    {
        nameof(GameHub.SubmitAnswer),
        nameof(GameHub.SubmitTypedAnswer),
    };

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (!AnswerMethods.Contains(invocationContext.HubMethodName))
        {
            return await next(invocationContext);
        }

        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var result = await next(invocationContext);
            outcome = result is AnswerAck ack ? ack.Outcome : outcome;
            return result;
        }
        catch (GameRefusedException refused)
        {
            outcome = refused.Code;
            throw;
        }
        finally
        {
            meters.AnswerAcknowledged(outcome, Stopwatch.GetElapsedTime(started));
        }
    }
}
