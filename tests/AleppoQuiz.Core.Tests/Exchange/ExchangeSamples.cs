using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Core.Tests.Exchange;

/// <summary>The built-in bank, loaded once, and a quiz written to trip up every escaping rule.</summary>
internal static class ExchangeSamples
{
    private static readonly Lazy<IReadOnlyList<Quiz>> Bank = new(() =>
    {
        var result = QuestionBankLoader.Load(RepositoryPaths.QuestionBank);
        Assert.True(result.Quizzes.Count == 7, $"expected the 7 built-in quizzes, found {result.Quizzes.Count}");
        return result.Quizzes;
    });

    public static IReadOnlyList<Quiz> BuiltInQuizzes => Bank.Value;

    public static Quiz BuiltIn(string id) => BuiltInQuizzes.Single(q => q.Id == id);

    public static IEnumerable<string> BuiltInIds => Directory
        .EnumerateFiles(Path.Combine(RepositoryPaths.QuestionBank, QuestionBankLoader.QuizzesFolder), "*.yaml")
        .Select(Path.GetFileNameWithoutExtension)
        .Order(StringComparer.Ordinal)!;

    /// <summary>
    /// Every character GIFT, CSV, XML and HTML treat specially, line breaks, doubled spaces, non-Latin script, and
    /// each question type with unusual settings.
    /// </summary>
    public static Quiz Awkward { get; } = new()
    {
        Id = "awkward-characters",
        Title = "Braces {and} colons: a/b ~ c = d # e",
        Description = "Line one,\nline \"two\" & <three>; ]]> -- done",
        Questions =
        [
            Question("awk-1", QuestionType.Single,
                "What did \"Al-Hayat\" say about {the} convoy: ~50 = #1? C:\\new\\path  (two spaces)",
                [("= sign first", true), ("~tilde, comma", false), ("#hash; semicolon", false), ("a -> b arrow", false)],
                "Explained with ####, //slashes and a \\ backslash.\nSecond line."),
            Question("awk-2", QuestionType.Multi,
                "Line one\nline two with <b>not bold</b> &amp; entity\n\nafter a blank line",
                [("حلب (Aleppo)", true), ("+plus, -minus, @at", true), ("]]> cdata end", false), ("%50% not a weight", false)],
                "Both.") with { Points = 2000, Difficulty = Difficulty.Hard, TimeLimitSeconds = 45, Skill = "numbers-disagree" },
            Question("awk-3", QuestionType.TrueFalse, "The quote is attributed: true?",
                [("True", false), ("False", true)], "It is asserted, not attributed.") with { TimeLimitSeconds = 5, Points = 0 },
            Question("awk-4", QuestionType.Order, "Put in order: first, second, third, fourth",
                [("First, \"quoted\"", false), ("Second -> arrow", false), ("Third {brace}", false), ("Fourth: colon", false)],
                "In the order of the report.") with { TimeLimitSeconds = 240, Difficulty = Difficulty.Easy },
            Question("awk-5", QuestionType.Single, "Five options, one more than Kahoot takes",
                [("One", false), ("%2 looks like a weight", false), ("Three", true), ("Four", false), ("Five", false)], "Three."),
            Question("awk-6", QuestionType.Single,
                "A prompt well over the 120 characters Kahoot takes, because it quotes a long sentence from the report: "
                + "\"the evacuation was suspended after the rebels failed to respect the conditions\", and asks who said it.",
                [("A security source", true), ("State TV", false), ("A rebel official", false)], "A security source, in AFP.")
                with { ShortPrompt = "Who said the rebels \"failed to respect the conditions\"? {short} ~ = #" },
        ],
    };

    private static Question Question(
        string id, QuestionType type, string prompt, (string Text, bool Correct)[] options, string explanation) => new()
    {
        Id = id,
        Type = type,
        Skill = "attributed-or-asserted",
        Difficulty = Difficulty.Medium,
        TimeLimitSeconds = 25,
        Prompt = prompt,
        Options = options.Select(o => new QuestionOption(o.Text, o.Correct)).ToArray(),
        Explanation = explanation,
        Evidence =
        [
            new Evidence("afp", "\"Quoted,\" he said: {braces} ~ = # \\ // not a comment -- ]]> end"),
            new Evidence("bbc", "Second quote\nover two lines"),
        ],
    };
}
