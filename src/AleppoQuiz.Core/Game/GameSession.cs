namespace AleppoQuiz.Core.Game;

/// <summary>
/// One game, from lobby to podium: the server-authoritative state machine a hub drives. Commands are plain
/// methods that return a result and collect <see cref="GameEvent"/>s for <see cref="DrainEvents"/>; time comes
/// only from the injected <see cref="TimeProvider"/> and randomness only from the <see cref="IRandomSource"/>,
/// so a game can be replayed exactly from its <see cref="CommandLog"/>.
/// </summary>
/// <remarks>
/// Not thread-safe: a game is single-threaded. The host must serialise every call on one game (one lock or one
/// channel per game); different games are independent and can run in parallel.
/// Every command first applies any timer transitions that are due, at the instant they were due, so the state
/// never depends on how punctually <see cref="Tick"/> was called.
/// <para>
/// A host drives it like this: call a command per request; after every call (and every timer firing), persist
/// <see cref="CommandLog"/> entries it has not stored yet, send the drained events to their audiences, and set
/// its one timer for the game to <see cref="NextDeadline"/>, calling <see cref="Tick"/> when it fires.
/// </para>
/// </remarks>
public sealed partial class GameSession
{
    private const int MaxTokenLength = 256;

    private readonly TimeProvider timeProvider;
    private readonly IRandomSource random;
    private readonly List<PlayerState> players = [];
    private readonly Dictionary<string, PlayerState> playersByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<int, PlayerState> playersById = [];
    private readonly Dictionary<string, PlayerState> playersByNicknameKey = new(StringComparer.Ordinal);
    private readonly List<GameEvent> events = [];
    private readonly PlayerRanking ranking;
    private QuestionRound? round;
    private DateTimeOffset clock = DateTimeOffset.MinValue;
    private int activePlayers;
    private int connectedPlayers;

    private GameSession(GameQuiz quiz, GameSettings settings, TimeProvider timeProvider, IRandomSource random)
    {
        Quiz = quiz;
        Settings = settings;
        this.timeProvider = timeProvider;
        this.random = random;
        ranking = new PlayerRanking(Work);
    }

    public GameQuiz Quiz { get; }

    public GameSettings Settings { get; }

    public GamePhase Phase { get; private set; } = GamePhase.Lobby;

    public bool IsPaused { get; private set; }

    /// <summary>The host locked the game: nobody new may join, while players already in can still rejoin.</summary>
    public bool IsLocked { get; private set; }

    /// <summary>The question being played or last played; -1 before the first one.</summary>
    public int QuestionIndex => round?.Index ?? -1;

    public int PlayerCount => activePlayers;

    public int ConnectedPlayerCount => connectedPlayers;

    public GameCommandLog CommandLog { get; } = new();

    /// <summary>
    /// The next instant at which <see cref="Tick"/> will change something (reading time or answer time running
    /// out), or null when nothing is timed (lobby, reveal, leaderboard, paused, ...). The host keeps one timer per
    /// game set to this and re-reads it after every call.
    /// </summary>
    public DateTimeOffset? NextDeadline =>
        round is { IsClosed: false } && !IsPaused && Phase is GamePhase.QuestionPreview or GamePhase.Answering
            ? round.ActiveTimer.EndsAt
            : null;

    internal EngineWorkCounters Work { get; } = new();

    /// <summary>A new game in the lobby. Throws <see cref="ArgumentException"/> if the quiz cannot be played.</summary>
    public static GameSession Create(GameQuiz quiz, GameSettings settings, TimeProvider timeProvider, IRandomSource random)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(random);
        var problems = GameQuizValidator.Validate(quiz);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The quiz cannot be played: " + string.Join(" ", problems), nameof(quiz));
        }

        return new GameSession(quiz, settings, timeProvider, random);
    }

    public JoinResult Join(string playerToken, string nickname) => (JoinResult)Apply(new JoinCommand(playerToken, nickname));

    public CommandResult Leave(string playerToken) => Apply(new LeaveCommand(playerToken));

    public CommandResult Kick(int playerId) => Apply(new KickCommand(playerId));

    public CommandResult Start() => Apply(new StartCommand());

    public CommandResult Next() => Apply(new NextCommand());

    public CommandResult Skip() => Apply(new SkipCommand());

    public CommandResult Pause() => Apply(new PauseCommand());

    public CommandResult Resume() => Apply(new ResumeCommand());

    public AnswerResult SubmitAnswer(string playerToken, int questionIndex, IReadOnlyList<int> optionIds) =>
        (AnswerResult)Apply(new SubmitAnswerCommand(playerToken, questionIndex, optionIds));

    /// <summary>
    /// An answer stamped with when it reached the server rather than when the game got round to it: an answer that
    /// arrived before the deadline but waited behind other work on the game still counts. Game time never runs
    /// backwards, so a stamp older than the last command is taken as that command's time. A typed answer carries its
    /// text and no options.
    /// </summary>
    public AnswerResult SubmitAnswer(
        string playerToken, int questionIndex, IReadOnlyList<int> optionIds, DateTimeOffset receivedAt, string? text = null) =>
        (AnswerResult)Execute(new SubmitAnswerCommand(playerToken, questionIndex, optionIds, text), receivedAt);

    /// <summary>A typed answer to a type-answer question.</summary>
    public AnswerResult SubmitTypedAnswer(string playerToken, int questionIndex, string text) =>
        (AnswerResult)Apply(new SubmitAnswerCommand(playerToken, questionIndex, [], text));

    public CommandResult End() => Apply(new EndCommand());

    /// <summary>Locks the game to newcomers, or unlocks it; see <see cref="IsLocked"/>.</summary>
    public CommandResult Lock(bool locked) => Apply(new LockCommand(locked));

    /// <summary>Runs any command at the current time; the typed methods above are shortcuts for this.</summary>
    public CommandResult Apply(GameCommand command) => Execute(command, timeProvider.GetUtcNow());

    /// <summary>Applies timer transitions that are due: preview to answering, answering to reveal.</summary>
    public void Tick() => AdvanceTime(AdvanceClock(timeProvider.GetUtcNow()));

    /// <summary>Takes the events collected since the last call, oldest first.</summary>
    public IReadOnlyList<GameEvent> DrainEvents()
    {
        var drained = events.ToArray();
        events.Clear();
        return drained;
    }

    internal CommandResult Execute(GameCommand command, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = AdvanceClock(at);
        AdvanceTime(now);
        CommandResult result = command switch
        {
            JoinCommand join => HandleJoin(join, now),
            LeaveCommand leave => HandleLeave(leave, now),
            KickCommand kick => HandleKick(kick, now),
            StartCommand => HandleStart(now),
            NextCommand => HandleNext(now),
            SkipCommand => HandleSkip(now),
            PauseCommand => HandlePause(now),
            ResumeCommand => HandleResume(now),
            SubmitAnswerCommand answer => HandleAnswer(answer, now),
            EndCommand => HandleEnd(now),
            LockCommand lockCommand => HandleLock(lockCommand),
            _ => throw new ArgumentException($"Unknown command type {command.GetType().Name}.", nameof(command)),
        };

        if (result.IsAccepted)
        {
            CommandLog.Append(now, command);
            AdvanceTime(now);
        }

        return result;
    }

    /// <summary>Game time never runs backwards, even if the wall clock is stepped back.</summary>
    private DateTimeOffset AdvanceClock(DateTimeOffset at)
    {
        if (at > clock)
        {
            clock = at;
        }

        return clock;
    }

    /// <summary>Now, for building views; unlike commands, reading a view does not move the game clock.</summary>
    private DateTimeOffset CurrentTime()
    {
        var now = timeProvider.GetUtcNow();
        return now > clock ? now : clock;
    }
}
