using AleppoQuiz.Attribution.Text;
using System.Globalization;

namespace AleppoQuiz.Attribution.Evaluation;

/// <summary>
/// Reads brat standoff attribution files: "T&lt;n&gt;\tLabel start end[;start end]\ttext" and
/// "E&lt;n&gt;\tAttribution:T1 Content:T2 Cue:T3 Source:T4". Span text may run over several lines,
/// so only lines that start with an id and a tab are read.
/// </summary>
public static class BratReader
{
    public static BratDocument Read(string path) => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllLines(path));

    public static BratDocument Parse(string fileName, IEnumerable<string> lines)
    {
        var spans = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        var events = new List<Dictionary<string, string>>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[0].Length < 2 || !char.IsDigit(parts[0][1]))
            {
                continue;
            }

            if (parts[0][0] == 'T')
            {
                spans[parts[0]] = ParseFragments(parts[1]);
            }
            else if (parts[0][0] == 'E')
            {
                events.Add(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(role => role.Split(':'))
                    .Where(pair => pair.Length == 2)
                    .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal));
            }
        }

        var relations = events.Select(e => new BratRelation(Role(e, "Source"), Role(e, "Cue"), Role(e, "Content")))
            .ToList();
        return new BratDocument(fileName, relations);

        IReadOnlyList<TextSpan> Role(Dictionary<string, string> e, string role) =>
            e.TryGetValue(role, out var id) && spans.TryGetValue(id, out var s) ? s : [];
    }

    private static IReadOnlyList<TextSpan> ParseFragments(string labelAndOffsets)
    {
        var space = labelAndOffsets.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0)
        {
            return [];
        }

        return labelAndOffsets[(space + 1)..]
            .Split(';')
            .Select(fragment => fragment.Trim().Split(' '))
            .Where(pair => pair.Length == 2)
            .Select(pair => new TextSpan(
                int.Parse(pair[0], CultureInfo.InvariantCulture),
                int.Parse(pair[1], CultureInfo.InvariantCulture)))
            .ToList();
    }
}

/// <summary>One gold attribution from a brat file; each role may be discontinuous (several fragments).</summary>
public sealed record BratRelation(
    IReadOnlyList<TextSpan> Source,
    IReadOnlyList<TextSpan> Cue,
    IReadOnlyList<TextSpan> Content);

/// <summary>A brat annotation file: its name (article id plus annotator suffix) and its relations.</summary>
public sealed record BratDocument(string FileName, IReadOnlyList<BratRelation> Relations);
