using System.Text;
using System.Text.RegularExpressions;

namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>
/// Our metadata lines, <c>// key: value</c>. Moodle drops every line that starts with <c>//</c>, so they cost a
/// Moodle import nothing; values escape backslash and newline so one value always stays on one line.
/// </summary>
internal static partial class GiftComments
{
    public const string QuizId = "quiz-id";
    public const string QuizTitle = "quiz-title";
    public const string QuizDescription = "quiz-description";
    public const string Skill = "skill";
    public const string Difficulty = "difficulty";
    public const string TimeLimit = "time-limit";
    public const string Points = "points";
    public const string KeepOrder = "keep-order";
    public const string ShortPrompt = "short-prompt";
    public const string Evidence = "evidence";
    public const string Quote = "quote";

    public static string Format(string key, string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                _ => c.ToString(),
            });
        }

        return $"// {key}: {escaped}";
    }

    /// <summary>
    /// Reads a <c>// key: value</c> line. Any other comment, including the <c>// question: 12  name: …</c> lines
    /// Moodle writes, yields a key this reader does not use and is ignored by the caller.
    /// </summary>
    public static bool TryParse(string line, out string key, out string value)
    {
        var match = KeyValue().Match(line);
        key = match.Success ? match.Groups["key"].Value.ToLowerInvariant() : "";
        value = match.Success ? Unescape(match.Groups["value"].Value.Trim()) : "";
        return match.Success;
    }

    private static string Unescape(string value)
    {
        var plain = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] is '\\' or 'n')
            {
                plain.Append(value[++i] == 'n' ? '\n' : '\\');
            }
            else
            {
                plain.Append(value[i]);
            }
        }

        return plain.ToString();
    }

    /// <summary>Moodle's own comment fields, <c>// [id:q-12]</c> and <c>// [tag:skill:who-said-it]</c>, as (name, value).</summary>
    public static IEnumerable<(string Name, string Value)> MoodleFields(string line) =>
        MoodleField().Matches(line).Select(m => (m.Groups["name"].Value.ToLowerInvariant(), m.Groups["value"].Value.Trim()));

    /// <summary>A Moodle comment field; Moodle ends the value at the first ']', so one cannot be written inside.</summary>
    public static string MoodleField(string name, string value) => $"// [{name}:{value.Replace(']', ')')}]";

    [GeneratedRegex(@"\[(?<name>id|tag):(?<value>[^\]]*)\]", RegexOptions.IgnoreCase)]
    private static partial Regex MoodleField();

    [GeneratedRegex(@"^\s*//\s*(?<key>[A-Za-z][A-Za-z-]*)\s*:(?<value>.*)$")]
    private static partial Regex KeyValue();
}
