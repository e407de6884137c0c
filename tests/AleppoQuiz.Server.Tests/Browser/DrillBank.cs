using AleppoQuiz.Testing;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A copy of the question bank with one extra, four-question quiz, so a browser test can play a whole game quickly
/// while still meeting every kind of answer control. Of each kind it borrows the bank's longest question (prompt,
/// options, explanation and evidence together), the hardest one to fit on a phone or a projector.
/// </summary>
internal static class DrillBank
{
    public const string QuizId = "browser-drill";

    private const string QuestionMarker = "\n  - id: ";
    private static readonly string[] Kinds = ["single", "multi", "order", "true-false"];

    public static BankCopy Create()
    {
        var bank = new BankCopy();
        var blocks = Directory.GetFiles(bank.QuizzesFolder, "*.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadAllText(file).ReplaceLineEndings("\n").Split(QuestionMarker)[1..])
            .ToArray();
        var picked = Kinds.Select((kind, i) => Renumber(LongestOfKind(blocks, kind), i + 1));
        var header = $"""
            id: {QuizId}
            title: "Four-question drill"
            description: "One question of each kind, for a quick run through the whole game."
            questions:
            """;
        File.WriteAllText(Path.Combine(bank.QuizzesFolder, QuizId + ".yaml"), header + QuestionMarker + string.Join(QuestionMarker, picked));
        return bank;
    }

    private static string LongestOfKind(string[] blocks, string kind) =>
        blocks.Where(block => block.Contains($"\n    type: {kind}\n", StringComparison.Ordinal))
            .MaxBy(block => block.Length)
        ?? throw new InvalidOperationException($"The bank has no {kind} question to borrow.");

    // Question ids are unique across the bank, so the borrowed questions get ids of their own.
    private static string Renumber(string block, int number)
    {
        var firstLineEnd = block.IndexOf('\n', StringComparison.Ordinal);
        return $"drill-{number:00}" + block[firstLineEnd..];
    }
}
