using System.CommandLine;
using AleppoQuiz.Cli.Attributions;
using AleppoQuiz.Cli.QuestionBank;
using AleppoQuiz.Cli.Articles;

var root = new RootCommand("AleppoQuiz tools: import articles, validate the question bank, find attributions.")
{
    ImportArticlesCommand.Create(),
    ValidateBankCommand.Create(),
    AttributionsCommand.Create(),
    EvalAttributionsCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
