namespace AleppoQuiz.Core.QuestionBank;

/// <summary>The names question types go by in files and on the wire: single, multi, true-false, order, type-answer, poll, find-evidence.</summary>
public static class QuestionTypeNames
{
    private static readonly Dictionary<string, QuestionType> ByName = new(StringComparer.Ordinal)
    {
        ["single"] = QuestionType.Single,
        ["multi"] = QuestionType.Multi,
        ["true-false"] = QuestionType.TrueFalse,
        ["order"] = QuestionType.Order,
        ["type-answer"] = QuestionType.TypeAnswer,
        ["poll"] = QuestionType.Poll,
        ["find-evidence"] = QuestionType.FindEvidence,
    };

    public static IEnumerable<string> All => ByName.Keys;

    public static string ToName(QuestionType type) => ByName.First(pair => pair.Value == type).Key;

    public static bool TryParse(string name, out QuestionType type) => ByName.TryGetValue(name, out type);
}
