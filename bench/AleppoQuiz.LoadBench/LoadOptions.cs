namespace AleppoQuiz.LoadBench;

/// <summary>What one benchmark invocation runs: every player count, each repeated, under one protocol.</summary>
internal sealed record LoadOptions
{
    public required IReadOnlyList<int> PlayerCounts { get; init; }

    /// <summary>Runs per player count; the report gives the median run of each figure.</summary>
    public required int Runs { get; init; }

    /// <summary>Questions played per run (the game is ended after them).</summary>
    public required int Questions { get; init; }

    /// <summary>Every player answers at a random moment within this window after answering opens.</summary>
    public required int AnswerWindowMs { get; init; }

    /// <summary>"json" or "messagepack": the hub protocol every player speaks.</summary>
    public required string Protocol { get; init; }

    /// <summary>Share of extra clients that join and then never read a byte (0.01 = 1% of the players).</summary>
    public required double StalledShare { get; init; }

    /// <summary>How many loopback source addresses (127.0.0.1, .2, …) the players' sockets are spread over.</summary>
    public required int SourceAddresses { get; init; }

    public required string ServerAssembly { get; init; }

    public required string QuestionBank { get; init; }

    public required string QuizId { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>Names the run in the output files and the table, e.g. "json" or "json, 1% stalled".</summary>
    public string Label => StalledShare > 0 ? $"{Protocol}, {StalledShare:P0} stalled" : Protocol;

    public bool UsesMessagePack => string.Equals(Protocol, "messagepack", StringComparison.OrdinalIgnoreCase);
}
