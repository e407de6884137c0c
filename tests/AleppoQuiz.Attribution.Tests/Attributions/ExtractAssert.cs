using AleppoQuiz.Attribution.Attributions;

namespace AleppoQuiz.Attribution.Tests.Attributions;

/// <summary>Helpers that find one attribution by its cue and compare spans by text.</summary>
internal static class ExtractAssert
{
    public static SpeechAttribution Single(string text, string cue)
    {
        var found = AttributionExtractor.Default.Extract(text).Attributions.Where(a => a.Cue.Text == cue).ToList();
        Assert.True(found.Count == 1, $"expected one attribution with cue '{cue}', found {found.Count}");
        var attribution = found[0];
        Assert.Equal(attribution.Cue.Text, text[attribution.Cue.Start..attribution.Cue.End]);
        Assert.Equal(attribution.Content.Text, text[attribution.Content.Start..attribution.Content.End]);
        return attribution;
    }

    public static IReadOnlyList<string> Fragments(SpeechAttribution attribution) =>
        attribution.ContentFragments.Select(f => f.Text).ToList();
}
