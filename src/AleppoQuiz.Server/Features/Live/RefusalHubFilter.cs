using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>Sends a refused call back to its caller as "code: sentence" (see docs/realtime-protocol.md).</summary>
internal sealed class RefusalHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (GameRefusedException refused)
        {
            throw new HubException($"{refused.Code}: {refused.Message}");
        }
    }
}
