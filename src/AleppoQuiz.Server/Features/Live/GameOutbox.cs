using System.Threading.Channels;

namespace AleppoQuiz.Server.Features.Live;

/// <summary>
/// Hands one game's messages to SignalR in the order the game's moves produced them, off the game's lock. A move
/// only queues its sends (constant work); a single pump makes them, so a reveal's ten thousand results — each
/// serialised for its own phone — no longer keep answers and host commands waiting for the lock, while every phone
/// still hears the game in order (a result never overtakes the reveal before it or the leaderboard after it).
/// </summary>
internal sealed partial class GameOutbox
{
    private readonly Channel<Action> queue = Channel.CreateUnbounded<Action>(new() { SingleReader = true, SingleWriter = false });
    private readonly ILogger logger;

    public GameOutbox(ILogger logger)
    {
        this.logger = logger;
        _ = Task.Run(PumpAsync);
    }

    /// <summary>Queues sends; they start after everything queued before, never on the caller's thread.</summary>
    public void Post(Action send) => queue.Writer.TryWrite(send);

    /// <summary>The game is forgotten: what is queued is still sent, nothing new is taken.</summary>
    public void Complete() => queue.Writer.TryComplete();

    private async Task PumpAsync()
    {
        await foreach (var send in queue.Reader.ReadAllAsync())
        {
            try
            {
                // Sends are started, not awaited: each write lands in its connection's outgoing pipe at once, and a
                // phone that stopped reading only holds up its own connection.
                send();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                SendFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handing a game's messages to its connections failed; the phones concerned resync when they reconnect")]
    private static partial void SendFailed(ILogger logger, Exception exception);
}
