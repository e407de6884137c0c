namespace AleppoQuiz.Core.QuestionBank;

/// <summary>
/// The fact-checking skills a question can train. Reports group mastery by these ids, so they are a closed list:
/// a typo in a quiz file must be an error, not a ninth skill.
/// </summary>
public static class Skills
{
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["who-said-it"] = "Who said it",
        ["which-outlet"] = "Which outlet reported it",
        ["attributed-or-asserted"] = "Attributed or asserted",
        ["numbers-disagree"] = "Numbers that disagree",
        ["contradicting-claims"] = "Claims that contradict",
        ["who-blamed-whom"] = "Who blamed whom",
        ["place-spellings"] = "One place, many spellings",
        ["corroboration"] = "Corroboration",
    };

    public const string WhoSaidIt = "who-said-it";

    public static bool IsKnown(string skill) => Names.ContainsKey(skill);
}
