using System.Text.RegularExpressions;
using static AleppoQuiz.Core.Exchange.Kahoot.KahootColumns;

namespace AleppoQuiz.Core.Exchange.Kahoot;

/// <summary>Where each known column is in a header row. Kahoot's columns are found by prefix, ours by name.</summary>
internal sealed partial class KahootHeader
{
    private readonly Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);

    private KahootHeader(CsvRecord row)
    {
        Line = row.Line;
        for (var i = row.Cells.Count - 1; i >= 0; i--)
        {
            var name = row.Cells[i].Trim();
            var kahoot = KahootHeaders.FirstOrDefault(h => name.StartsWith(KahootPrefix(h), StringComparison.OrdinalIgnoreCase));
            columns[kahoot ?? name] = i;
        }

        EvidenceCount = row.Cells.Select(c => EvidenceHeader().Match(c.Trim()))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].ValueSpan, provider: null))
            .DefaultIfEmpty(0)
            .Max();
    }

    public int Line { get; }

    public int EvidenceCount { get; }

    public int? this[string name] => columns.TryGetValue(name, out var index) ? index : null;

    /// <summary>The header row: the first with a Question column and an Answer 1 column.</summary>
    public static KahootHeader? Find(IEnumerable<CsvRecord> records, out int index)
    {
        index = 0;
        foreach (var record in records)
        {
            var header = new KahootHeader(record);
            if (header[Question] is not null && header[Answer(1)] is not null)
            {
                return header;
            }

            index++;
        }

        return null;
    }

    // "Time limit (sec) – 5, 10, 20…" and "Correct answer(s) - choose at least one" share only their first words.
    private static string KahootPrefix(string header) => header switch
    {
        TimeLimit => "Time limit",
        Correct => "Correct answer",
        _ => header,
    };

    [GeneratedRegex(@"^Evidence (\d+) (?:article|quote)$", RegexOptions.IgnoreCase)]
    private static partial Regex EvidenceHeader();
}
