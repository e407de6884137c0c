namespace AleppoQuiz.Core.QuestionBank;

// The YAML shape of a quiz file. Kept apart from the domain records so that the file can stay forgiving to
// write (defaults, lower-case names) while the rest of the code works with checked, typed values.
#pragma warning disable CA1812 // Instantiated by the YAML deserializer.

internal sealed class QuizFile
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<QuestionFile>? Questions { get; set; }
}

internal sealed class QuestionFile
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Skill { get; set; }
    public string? Difficulty { get; set; }
    public int TimeLimit { get; set; }
    public int? Points { get; set; }
    public string? Prompt { get; set; }
    public string? ShortPrompt { get; set; }
    public bool KeepOrder { get; set; }
    public List<OptionFile>? Options { get; set; }
    public List<string>? Accepted { get; set; }
    public string? Explanation { get; set; }
    public List<EvidenceFile>? Evidence { get; set; }
    public EvidenceFile? Passage { get; set; }
}

internal sealed class OptionFile
{
    public string? Text { get; set; }
    public bool Correct { get; set; }
}

internal sealed class EvidenceFile
{
    public string? Article { get; set; }
    public string? Quote { get; set; }
}
