using System.CommandLine;
using AleppoQuiz.Cli.Articles;
using AleppoQuiz.Cli.Attributions;
using AleppoQuiz.Cli.Exchange;
using AleppoQuiz.Cli.QuestionBank;

var root = new RootCommand("AleppoQuiz tools: import articles, validate the question bank, move quizzes to and from other tools, find attributions.")
{
    ImportArticlesCommand.Create(),
    ValidateBankCommand.Create(),
    ExchangeCommands.Create(),
    AttributionsCommand.Create(),
    EvalAttributionsCommand.Create(),
    EvalClaimsMapCommand.Create(),
    TrainAttributionsCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
