using System.Globalization;
using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange.MoodleXml;

/// <summary>
/// Where our fields live in Moodle XML, shared by reader and writer. Skill, difficulty and time limit are question
/// tags (<c>skill:who-said-it</c>), which a teacher can also filter by in Moodle's question bank; points map to
/// the default mark at 1000 points per mark; evidence quotes sit in an <c>aleppoquiz</c> element that Moodle's
/// importer does not read, because a Moodle tag is limited to 50 characters.
/// </summary>
internal static class MoodleXmlFields
{
    public const string SkillTag = "skill:";
    public const string DifficultyTag = "difficulty:";
    public const string TimeLimitTag = "time-limit:";
    public const string ExtensionElement = "aleppoquiz";
    public const string EvidenceElement = "evidence";
    public const string ArticleAttribute = "article";
    public const decimal PointsPerMark = 1000m;

    public static readonly string[] ImportableTypes = ["multichoice", "truefalse", "ordering", "shortanswer"];

    public static string TypeName(QuestionType type) => type switch
    {
        QuestionType.TrueFalse => "truefalse",
        QuestionType.Order => "ordering",
        QuestionType.TypeAnswer => "shortanswer",
        _ => "multichoice",
    };

    /// <summary>Moodle writes grades and fractions with seven decimals.</summary>
    public static string Decimal(decimal value) => value.ToString("0.0000000", CultureInfo.InvariantCulture);

    public static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    /// <summary>A Moodle category path with its last name, a '/' inside a name written as '//'.</summary>
    public static string CategoryPath(string title) => "$course$/top/" + title.Replace("/", "//", StringComparison.Ordinal);

    public static string? LastCategoryName(string path)
    {
        var names = path.Replace("//", "\u0001", StringComparison.Ordinal).Split('/');
        var name = names[^1].Replace('\u0001', '/').Trim();
        return name.Length == 0 || name.StartsWith('$') || name == "top" ? null : name;
    }
}
