using AleppoQuiz.Testing;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A copy of the question bank with two extra quizzes, so a browser test can play a whole game quickly. The drill
/// meets every kind of choice control once; of each kind it borrows the bank's longest question (prompt, options,
/// explanation and evidence together), the hardest one to fit on a phone or a projector. The second quiz opens with
/// the longest type-answer question and the longest poll, then the shortest shuffled single-choice questions.
/// </summary>
internal static class DrillBank
{
    public const string QuizId = "browser-drill";

    public const string TypedPollQuizId = "browser-typed-poll";

    /// <summary>How many single-choice questions follow the type-answer question and the poll.</summary>
    public const int SingleChoiceCount = 5;

    private const string QuestionMarker = "\n  - id: ";
    private static readonly string[] Kinds = ["single", "multi", "order", "true-false"];

    public static BankCopy Create()
    {
        var bank = new BankCopy();
        var blocks = Directory.GetFiles(bank.QuizzesFolder, "*.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => File.ReadAllText(file).ReplaceLineEndings("\n").Split(QuestionMarker)[1..])
            .ToArray();
        var picked = Kinds.Select((kind, i) => Renumber(LongestOfKind(blocks, kind), i + 1, "drill"));
        var header = $"""
            id: {QuizId}
            title: "Four-question drill"
            description: "One question of each kind, for a quick run through the whole game."
            questions:
            """;
        File.WriteAllText(Path.Combine(bank.QuizzesFolder, QuizId + ".yaml"), header + QuestionMarker + string.Join(QuestionMarker, picked));
        WriteTypedPollQuiz(bank, blocks);
        return bank;
    }

    private static void WriteTypedPollQuiz(BankCopy bank, string[] blocks)
    {
        // Pinned questions keep their written order, so only shuffled ones can show where the engine puts the key.
        // The bank holds every quiz file to a spread of key positions, so the picks spread theirs too.
        var singles = new List<string>();
        var perPosition = new Dictionary<int, int>();
        foreach (var block in blocks
            .Where(block => block.Contains("\n    type: single\n", StringComparison.Ordinal) && !block.Contains("keepOrder: true", StringComparison.Ordinal))
            .OrderBy(block => block.Length)
            .ThenBy(block => block, StringComparer.Ordinal))
        {
            var position = KeyPosition(block);
            if (singles.Count < SingleChoiceCount && perPosition.GetValueOrDefault(position) < (singles.Count < 4 ? 1 : 2))
            {
                singles.Add(block);
                perPosition[position] = perPosition.GetValueOrDefault(position) + 1;
            }
        }

        var picked = new[] { LongestOfKind(blocks, "type-answer"), LongestOfKind(blocks, "poll") }.Concat(singles)
            .Select((block, i) => Renumber(block, i + 1, "typed-poll"));
        var header = $"""
            id: {TypedPollQuizId}
            title: "Typed, poll and single"
            description: "A typed answer, a poll, then short single-choice questions."
            questions:
            """;
        File.WriteAllText(Path.Combine(bank.QuizzesFolder, TypedPollQuizId + ".yaml"), header + QuestionMarker + string.Join(QuestionMarker, picked));
    }

    private static string LongestOfKind(string[] blocks, string kind) =>
        blocks.Where(block => block.Contains($"\n    type: {kind}\n", StringComparison.Ordinal))
            .MaxBy(block => block.Length)
        ?? throw new InvalidOperationException($"The bank has no {kind} question to borrow.");

    // The authored position of a single-choice key: how many options are listed before the one marked correct.
    private static int KeyPosition(string block)
    {
        var options = block[block.IndexOf("\n    options:\n", StringComparison.Ordinal)..];
        var key = options.IndexOf("\n        correct: true", StringComparison.Ordinal);
        return options[..key].Split("\n      - text:").Length - 2;
    }

    // Question ids are unique across the bank, so the borrowed questions get ids of their own.
    private static string Renumber(string block, int number, string prefix)
    {
        var firstLineEnd = block.IndexOf('\n', StringComparison.Ordinal);
        return $"{prefix}-{number:00}" + block[firstLineEnd..];
    }
}
