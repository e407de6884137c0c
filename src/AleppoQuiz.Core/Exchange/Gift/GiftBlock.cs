namespace AleppoQuiz.Core.Exchange.Gift;

/// <summary>A numbered line of a GIFT file.</summary>
internal readonly record struct GiftLine(int Number, string Text);

/// <summary>
/// One question's worth of a GIFT file: the lines between blank lines, split into comment lines (where our
/// metadata rides, and which Moodle ignores) and the question text itself.
/// </summary>
internal sealed class GiftBlock
{
    public List<GiftLine> Comments { get; } = [];

    public List<GiftLine> TextLines { get; } = [];

    public int FirstLine => Math.Min(
        Comments.Count > 0 ? Comments[0].Number : int.MaxValue,
        TextLines.Count > 0 ? TextLines[0].Number : int.MaxValue);

    /// <summary>The question text lines joined with "\n", as the parser searches it.</summary>
    public string Text => string.Join('\n', TextLines.Select(l => l.Text));

    /// <summary>The file line on which a character of <see cref="Text"/> stands.</summary>
    public int LineAt(int offset)
    {
        var start = 0;
        foreach (var line in TextLines)
        {
            start += line.Text.Length + 1;
            if (offset < start)
            {
                return line.Number;
            }
        }

        return TextLines.Count > 0 ? TextLines[^1].Number : FirstLine;
    }

    public static List<GiftBlock> Split(string text)
    {
        var blocks = new List<GiftBlock>();
        var current = new GiftBlock();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = new GiftLine(i + 1, lines[i]);
            if (string.IsNullOrWhiteSpace(line.Text))
            {
                if (current.Comments.Count + current.TextLines.Count > 0)
                {
                    blocks.Add(current);
                    current = new GiftBlock();
                }
            }
            else if (line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                current.Comments.Add(line);
            }
            else
            {
                current.TextLines.Add(line);
            }
        }

        if (current.Comments.Count + current.TextLines.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }
}
