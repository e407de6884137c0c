using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Sends a refused call back to its caller as "code: sentence" (see docs/realtime-protocol.md). A refusal is a
/// player's mistake, not the server's: it is logged once, briefly, at Information, and a connection refused over
/// and over (a script probing PINs or names) is closed. Anything else that fails is logged as an error here,
/// because SignalR's own per-call error log, which would also print every refusal, is switched off.
/// </summary>
internal sealed partial class RefusalHubFilter(LiveThrottles throttles, ILogger<RefusalHubFilter> logger) : IHubFilter
{
    /// <summary>SignalR's logger that prints every failed call, refusals included, as an error with a stack trace.</summary>
    public const string SignalRInvocationLog = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (GameRefusedException refused)
        {
            var connection = invocationContext.Context.ConnectionId;
            LogRefused(invocationContext.HubMethodName, refused.Code, connection);
            if (throttles.CountRefusal(connection))
            {
                LogClosed(connection);
                invocationContext.Context.Abort();
            }

            throw new HubException($"{refused.Code}: {refused.Message}");
        }
        catch (Exception ex) when (ex is not HubException and not OperationCanceledException)
        {
            LogFailed(ex, invocationContext.HubMethodName);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method}: {Code} (connection {Connection})")]
    private partial void LogRefused(string method, string code, string connection);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closed connection {Connection}: refused too often")]
    private partial void LogClosed(string connection);

    [LoggerMessage(Level = LogLevel.Error, Message = "Hub method {Method} failed")]
    private partial void LogFailed(Exception exception, string method);
}
