using System.Collections.Concurrent;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>The games recovery set aside because they did not replay, for <c>/readyz</c> and the operator.</summary>
internal sealed class RecoveryReport
{
    private readonly ConcurrentDictionary<string, SetAsideGame> setAside = new(StringComparer.Ordinal);

    public IReadOnlyCollection<SetAsideGame> SetAsideGames => [.. setAside.Values];

    public void SetAside(string pin, string gameId, string reason) => setAside[gameId] = new SetAsideGame(pin, gameId, reason);
}

internal sealed record SetAsideGame(string Pin, string GameId, string Reason);
