using System.Text.RegularExpressions;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>
/// Attributions that news layout makes rather than grammar, which a sentence tagger does not see as speech:
/// a headline or transcript line led by its speaker ("Pence: Flowers Won't Be at Debate", "WALLACE: Let's
/// start …") and a quotation credited after a dash ("“… our greatest shame.” ― Sonya Herridge").
/// </summary>
public static partial class LayoutAttributions
{
    // Labels that lead a line with a colon but introduce no speaker.
    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Q", "A", "Update", "Updated", "Correction", "Corrections", "Clarification", "Note", "Editor's Note",
        "Editor’s Note", "The Latest", "Contributing", "Breaking", "Breaking News", "Source", "Sources", "Photo",
        "Photos", "Video", "Watch", "Related", "Read More", "Warning", "Disclosure", "Listen", "Transcript",
        "Full Transcript", "Byline", "Email", "Paid Notice", "Reporting", "Editing", "Credit", "Caption", "Image",
        "Exclusive", "Analysis", "Opinion", "Advertisement", "Twitter", "Name",
    };

    /// <summary>Layout attributions whose cue no other attribution already covers.</summary>
    public static IEnumerable<SpeechAttribution> Find(string text, IReadOnlyList<SpeechAttribution> found)
    {
        bool Taken(Match m) => found.Any(f => f.Cue.Start < m.Index + m.Length && m.Index < f.Cue.End);

        foreach (Match m in SpeakerLine().Matches(text))
        {
            var source = m.Groups["source"];
            if (NotSpeakers.Contains(source.Value) || Taken(m))
            {
                continue;
            }

            // Headlines carry a full stop the annotated content leaves out; transcript lines keep theirs.
            var content = m.Groups["content"];
            var length = content.Value.TrimEnd().Length;
            length -= m.Index == 0 && content.Value[length - 1] == '.' ? 1 : 0;
            yield return Make(text, source.Index, source.Length, source.Index + source.Length, 1, content.Index, length);
        }

        foreach (Match m in DashCredit().Matches(text))
        {
            if (Taken(m))
            {
                continue;
            }

            var source = m.Groups["source"];
            var name = source.Value.EndsWith('.') && source.Value.Split(' ')[^1].Length > 2 ? source.Value[..^1] : source.Value;
            var content = m.Groups["content"];
            var cue = m.Groups["cue"];
            yield return Make(text, source.Index, name.Length, cue.Index, cue.Length, content.Index, content.Length);
        }
    }

    private static SpeechAttribution Make(string text, int sourceStart, int sourceLength, int cueStart, int cueLength, int contentStart, int contentLength)
    {
        SpanText Piece(int start, int length) => new(start, start + length, text.Substring(start, length));
        var content = Piece(contentStart, contentLength);
        var kind = text[contentStart] is '"' or '“' or '”' or '‘' ? AttributionKind.DirectQuote : AttributionKind.Indirect;
        return new SpeechAttribution(Piece(sourceStart, sourceLength), Piece(cueStart, cueLength), content, [content], kind);
    }

    [GeneratedRegex(@"(?m)^[""“]?(?<source>[A-Z][\p{L}\p{Nd}.’'-]*(?: [A-Z][\p{L}\p{Nd}.’'-]*){0,4}):[ \u00a0]+(?<content>\S[^\n]*)")]
    private static partial Regex SpeakerLine();

    [GeneratedRegex(@"(?m)(?<content>[“”""][^“”""\n]{10,}[“”""])[ \u00a0]*(?<cue>[―—–])[ \u00a0]*(?<source>[A-Z][\p{L}.’'-]*(?: [A-Z][\p{L}.’'-]*){0,3})[ \u00a0.]*$")]
    private static partial Regex DashCredit();
}
