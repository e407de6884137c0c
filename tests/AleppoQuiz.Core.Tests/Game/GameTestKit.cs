using AleppoQuiz.Core.Game;
using Microsoft.Extensions.Time.Testing;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>Quiz builders and a driver that keeps a game and its fake clock together.</summary>
internal sealed class GameTestKit
{
    public static readonly TimeSpan Reading = TimeSpan.FromSeconds(5);

    /// <summary>A school morning, so times in failures read like a lesson rather than the year 2000.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public GameTestKit(GameQuiz quiz, GameSettings? settings = null, long seed = 42)
    {
        Settings = settings ?? new GameSettings { ReadingTime = ReadingTimePolicy.Fixed(Reading) };
        Seed = seed;
        Game = GameSession.Create(quiz, Settings, Clock, new SeededRandomSource(seed));
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public GameSettings Settings { get; }

    public long Seed { get; }

    public GameSession Game { get; }

    public static GameQuestion Single(string id, int correct = 0, int seconds = 20, int options = 4, decimal multiplier = 1m) =>
        new()
        {
            Id = id,
            Kind = QuestionKind.Single,
            Prompt = $"Prompt of {id}",
            Options = [.. Enumerable.Range(0, options).Select(i => $"{id} option {i}")],
            CorrectOptionIds = [correct],
            TimeLimit = TimeSpan.FromSeconds(seconds),
            PointsMultiplier = multiplier,
            RevealPayload = $"evidence for {id}",
        };

    public static GameQuestion Multi(string id, int[] correct, int options = 4, int seconds = 20) =>
        Single(id, seconds: seconds, options: options) with { Kind = QuestionKind.Multi, CorrectOptionIds = correct };

    public static GameQuestion TrueFalse(string id, bool answerIsTrue, int seconds = 10) =>
        Single(id, seconds: seconds, options: 2) with
        {
            Kind = QuestionKind.TrueFalse,
            Options = ["True", "False"],
            CorrectOptionIds = [answerIsTrue ? 0 : 1],
        };

    public static GameQuestion Order(string id, int[] sequence, int seconds = 30) =>
        Single(id, seconds: seconds, options: sequence.Length) with { Kind = QuestionKind.Order, CorrectOptionIds = sequence };

    public static GameQuiz QuizOf(params GameQuestion[] questions) => new("Test quiz", questions);

    public static string Token(int n) => $"token-{n}";

    /// <summary>Joins players 1..count as "Player n" with token "token-n"; returns their ids.</summary>
    public int[] JoinPlayers(int count)
    {
        var ids = new int[count];
        for (var n = 1; n <= count; n++)
        {
            var result = Game.Join(Token(n), $"Player {n}");
            Assert.True(result.IsAccepted, result.Refusal?.Message);
            ids[n - 1] = result.Player!.PlayerId;
        }

        return ids;
    }

    /// <summary>From lobby (or leaderboard) to the moment answering opens for the next question.</summary>
    public void StartAndOpenAnswering()
    {
        var result = Game.Phase == GamePhase.Lobby ? Game.Start() : Game.Next();
        Assert.True(result.IsAccepted, result.Refusal?.Message);
        Clock.Advance(Reading);
        Game.Tick();
        Assert.Equal(GamePhase.Answering, Game.Phase);
    }

    /// <summary>Submits an answer after moving the clock to <paramref name="msAfterOpen"/> from answering opening.</summary>
    public AnswerResult AnswerAt(int player, int msAfterOpen, params int[] options)
    {
        var opened = Game.GetQuestionView()?.AnsweringOpensAt ?? throw new InvalidOperationException("No open question.");
        var at = opened + TimeSpan.FromMilliseconds(msAfterOpen);
        if (at < Clock.GetUtcNow())
        {
            throw new InvalidOperationException("Answers must be submitted in time order.");
        }

        Clock.SetUtcNow(at);
        return Game.SubmitAnswer(Token(player), Game.QuestionIndex, options);
    }

    /// <summary>Submits an answer to the current question at the clock's current time.</summary>
    public AnswerResult AnswerNow(int player, params int[] options) =>
        Game.SubmitAnswer(Token(player), Game.QuestionIndex, options);

    /// <summary>Moves the clock to the open question's deadline and lets the timer close it.</summary>
    public void RunOutTheClock()
    {
        Clock.SetUtcNow(Game.NextDeadline ?? throw new InvalidOperationException("Nothing is timed."));
        Game.Tick();
        Assert.Equal(GamePhase.Reveal, Game.Phase);
    }

    public int ScoreOf(int player) => Game.FindPlayer(Token(player))!.Score;

    /// <summary>Snapshots hold lists, which records compare by reference, so compare them element by element.</summary>
    public static void AssertSameState(GameStateSnapshot expected, GameStateSnapshot actual)
    {
        Assert.Equal(expected with { OptionOrder = [], Distribution = [], Players = [] }, actual with { OptionOrder = [], Distribution = [], Players = [] });
        Assert.Equal(expected.OptionOrder, actual.OptionOrder);
        Assert.Equal(expected.Distribution, actual.Distribution);
        Assert.Equal(expected.Players, actual.Players);
    }
}
