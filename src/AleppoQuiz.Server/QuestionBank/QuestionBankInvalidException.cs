using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Server.QuestionBank;

/// <summary>Stops start-up: serving half a bank would hide from teachers that some questions are missing.</summary>
public sealed class QuestionBankInvalidException(string bankPath, IReadOnlyList<BankProblem> problems)
    : Exception($"The question bank at {bankPath} has {problems.Count} problem(s); the server will not start until they are fixed:"
        + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
{
    public IReadOnlyList<BankProblem> Problems { get; } = problems;
}
