using System.Collections.Concurrent;
using System.Diagnostics;

namespace AleppoQuiz.LoadBench;

/// <summary>
/// One game against a fresh server: N players join, the host plays the questions, every player answers within
/// the window, and the server's report is read back to count what it kept.
/// </summary>
internal static class LoadRun
{
    // Joins in flight at once: enough to keep both cores busy, few enough not to time out the first ones.
    private const int JoinConcurrency = 128;

    public static async Task<RunFigures> RunAsync(LoadOptions options, int players)
    {
        var stalledCount = (int)Math.Round(players * options.StalledShare);
        await using var server = await ServerUnderTest.StartAsync(options);
        var machineLoad = ResourceSample.MachineLoad();
        var sockets = new LoopbackSockets(options.SourceAddresses);
        var hubUri = new Uri(server.BaseAddress, "hubs/game");
        var figures = new ConcurrentDictionary<int, QuestionFigures>();
        QuestionFigures FiguresFor(int index) => figures.GetOrAdd(index, _ => new QuestionFigures());

        await using var host = await GameHost.SignInAsync(server.BaseAddress);
        var pin = await host.CreateGameAsync(options.QuizId);
        var idle = server.Sample();

        var phones = Enumerable.Range(1, players)
            .Select(number => SimulatedPlayer.Create(hubUri, sockets, options, number, FiguresFor)).ToArray();
        var joining = Stopwatch.StartNew();
        await Parallel.ForEachAsync(phones, new ParallelOptions { MaxDegreeOfParallelism = JoinConcurrency },
            async (phone, _) => await phone.JoinAsync(pin));
        var joinSeconds = joining.Elapsed.TotalSeconds;

        var webSocketUri = new UriBuilder(hubUri) { Scheme = "ws" }.Uri;
        var stalled = new List<StalledPhone>();
        for (var number = 1; number <= stalledCount; number++)
        {
            stalled.Add(await StalledPhone.JoinAsync(webSocketUri, sockets, pin, number));
        }

        var joined = server.Sample();
        var cpuBefore = joined.CpuSeconds;
        await host.StartAsync();
        for (var index = 0; index < options.Questions; index++)
        {
            await host.QuestionClosedAsync(index).WaitAsync(TimeSpan.FromMinutes(3));
            await WaitForResultsAsync(FiguresFor(index), players);
            await host.NextAsync(); // the leaderboard
            if (index + 1 < options.Questions)
            {
                await host.NextAsync(); // the next question
            }
        }

        var end = server.Sample();
        await host.EndAsync();
        var accepted = figures.Values.Sum(question => question.Accepted);
        var counted = await host.CountedAnswersAsync(phones[0].GameId, accepted);

        foreach (var phone in stalled)
        {
            await phone.DisposeAsync();
        }

        await Parallel.ForEachAsync(phones, async (phone, _) => await phone.DisposeAsync());
        var played = figures.Values.ToArray();
        return new RunFigures
        {
            Players = players,
            StalledClients = stalledCount,
            Protocol = options.Protocol,
            MachineLoadBefore = machineLoad,
            JoinSeconds = joinSeconds,
            FanOut = Latency.Of(played.SelectMany(question => question.FanOutMs)),
            Acknowledge = Latency.Of(played.SelectMany(question => question.AcknowledgeMs)),
            OwnResult = Latency.Of(played.SelectMany(question => question.ResultMs())),
            AnswersAccepted = accepted,
            AnswersRefused = played.Sum(question => question.Refused),
            AnswersCounted = counted,
            QuestionsMissed = played.Sum(question => players - question.Received),
            ResidentMegabytesJoined = joined.ResidentBytes / 1048576.0,
            ResidentMegabytesEnd = end.ResidentBytes / 1048576.0,
            KilobytesPerPlayer = (joined.ResidentBytes - idle.ResidentBytes) / 1024.0 / (players + stalledCount),
            CpuSecondsPerQuestion = (end.CpuSeconds - cpuBefore) / options.Questions,
        };
    }

    // Every player's own result, or a bounded wait for the ones that never come (they count as missing).
    private static async Task WaitForResultsAsync(QuestionFigures question, int players)
    {
        var waited = Stopwatch.StartNew();
        while (question.ResultArrivals.Count < players && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(20);
        }
    }
}
