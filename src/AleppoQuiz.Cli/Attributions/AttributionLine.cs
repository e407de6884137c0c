using System.Text.Encodings.Web;
using System.Text.Json;
using AleppoQuiz.Attribution.Attributions;

namespace AleppoQuiz.Cli.Attributions;

/// <summary>A span as printed: offsets and the text they cut out.</summary>
internal sealed record SpanLine(int Start, int End, string Text)
{
    public static SpanLine From(SpanText piece) => new(piece.Start, piece.End, piece.Text);
}

/// <summary>
/// One line of <c>attributions</c> output. Besides file, source, cue and content it carries the content
/// fragments (a quote interrupted by "he said" has two), the kind and the resolved speaker.
/// </summary>
internal sealed record AttributionLine(
    string File,
    SpanLine? Source,
    SpanLine Cue,
    SpanLine Content,
    IReadOnlyList<SpanLine> Fragments,
    string Kind,
    string? Speaker)
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep curly quotes readable; output is not HTML
    };

    public static AttributionLine From(string file, SpeechAttribution a) => new(
        file,
        a.Source is null ? null : SpanLine.From(a.Source),
        SpanLine.From(a.Cue),
        SpanLine.From(a.Content),
        a.ContentFragments.Select(SpanLine.From).ToList(),
        a.Kind.ToString(),
        a.Speaker);
}
