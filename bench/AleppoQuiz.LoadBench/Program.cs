using System.CommandLine;
using AleppoQuiz.LoadBench;

var players = new Option<int[]>("--players") { Description = "Player counts to run, e.g. --players 100 1000 10000.", DefaultValueFactory = _ => [100, 1000], AllowMultipleArgumentsPerToken = true };
var runs = new Option<int>("--runs") { Description = "Runs per player count; the table shows the median.", DefaultValueFactory = _ => 3 };
var questions = new Option<int>("--questions") { Description = "Questions per run.", DefaultValueFactory = _ => 4 };
var window = new Option<int>("--answer-window-ms") { Description = "Players answer at a random moment within this window.", DefaultValueFactory = _ => 1000 };
var protocol = new Option<string>("--protocol") { Description = "json or messagepack.", DefaultValueFactory = _ => "json" };
var stalled = new Option<double>("--stalled-share") { Description = "Extra clients that join and stop reading, as a share of the players (0.01 = 1%).", DefaultValueFactory = _ => 0 };
var addresses = new Option<int>("--source-addresses") { Description = "Loopback source addresses to spread sockets over.", DefaultValueFactory = _ => 4 };
var server = new Option<FileInfo>("--server") { Description = "The published server's AleppoQuiz.Server.dll.", Required = true };
var bank = new Option<DirectoryInfo>("--question-bank") { Description = "The question-bank folder.", Required = true };
var quiz = new Option<string>("--quiz") { Description = "The built-in quiz to play.", DefaultValueFactory = _ => "who-said-it" };
var output = new Option<DirectoryInfo>("--output") { Description = "Where the JSON and Markdown results go.", DefaultValueFactory = _ => new DirectoryInfo("bench/results") };

var root = new RootCommand("Load benchmark: one live game of N players over real WebSockets against a server it starts.")
{
    players, runs, questions, window, protocol, stalled, addresses, server, bank, quiz, output,
};
root.SetAction(async parsed =>
{
    var options = new LoadOptions
    {
        PlayerCounts = parsed.GetValue(players)!,
        Runs = parsed.GetValue(runs),
        Questions = parsed.GetValue(questions),
        AnswerWindowMs = parsed.GetValue(window),
        Protocol = parsed.GetValue(protocol)!,
        StalledShare = parsed.GetValue(stalled),
        SourceAddresses = parsed.GetValue(addresses),
        ServerAssembly = parsed.GetValue(server)!.FullName,
        QuestionBank = parsed.GetValue(bank)!.FullName,
        QuizId = parsed.GetValue(quiz)!,
        OutputDirectory = parsed.GetValue(output)!.FullName,
    };

    var sizes = new List<(RunFigures, IReadOnlyList<RunFigures>)>();
    foreach (var count in options.PlayerCounts)
    {
        var measured = new List<RunFigures>();
        for (var run = 1; run <= options.Runs; run++)
        {
            Console.WriteLine($"{options.Label}: {count:N0} players, run {run} of {options.Runs}…");
            measured.Add(await LoadRun.RunAsync(options, count));
        }

        sizes.Add((LoadReport.Median(measured), measured));
    }

    await LoadReport.WriteAsync(options, sizes);
    Console.WriteLine(LoadReport.Table(options, sizes.Select(size => size.Item1)));
    return sizes.Any(size => size.Item1.AnswersLost > 0) ? 1 : 0;
});

return await root.Parse(args).InvokeAsync();
