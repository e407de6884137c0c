using AleppoQuiz.Testing;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A copy of the question bank with one extra, four-question quiz (one question of each kind, taken from "The whole
/// story"), so a browser test can play a whole game quickly while still meeting every kind of answer control.
/// </summary>
internal static class DrillBank
{
    public const string QuizId = "browser-drill";

    private const string SourceQuiz = "the-whole-story.yaml";
    private const string QuestionMarker = "\n  - id: ";
    private static readonly string[] Kinds = ["single", "multi", "order", "true-false"];

    public static BankCopy Create()
    {
        var bank = new BankCopy();
        var source = File.ReadAllText(Path.Combine(bank.QuizzesFolder, SourceQuiz)).ReplaceLineEndings("\n");
        var blocks = source.Split(QuestionMarker)[1..];
        var picked = Kinds.Select((kind, i) => Renumber(FirstOfKind(blocks, kind), i + 1));
        var header = $"""
            id: {QuizId}
            title: "Four-question drill"
            description: "One question of each kind, for a quick run through the whole game."
            questions:
            """;
        File.WriteAllText(Path.Combine(bank.QuizzesFolder, QuizId + ".yaml"), header + QuestionMarker + string.Join(QuestionMarker, picked));
        return bank;
    }

    private static string FirstOfKind(string[] blocks, string kind) =>
        blocks.FirstOrDefault(block => block.Contains($"\n    type: {kind}\n", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"{SourceQuiz} has no {kind} question to borrow.");

    // Question ids are unique across the bank, so the borrowed questions get ids of their own.
    private static string Renumber(string block, int number)
    {
        var firstLineEnd = block.IndexOf('\n', StringComparison.Ordinal);
        return $"drill-{number:00}" + block[firstLineEnd..];
    }
}
