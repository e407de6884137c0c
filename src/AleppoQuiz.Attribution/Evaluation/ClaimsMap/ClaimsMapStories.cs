using System.Text.Json;

namespace AleppoQuiz.Attribution.Evaluation.ClaimsMap;

/// <summary>
/// One story of the claims-map evaluation set: articles of the same event from several publishers, named by their
/// PolNeAR file ids and split. The texts and annotations are read from the corpus folder, never kept here.
/// </summary>
public sealed record ClaimsMapStory(string Id, string Split, IReadOnlyList<string> Articles);

/// <summary>The shipped list of multi-outlet stories (Data/claims-map-stories.json) and the outlet behind a file id.</summary>
public static class ClaimsMapStories
{
    private static readonly Dictionary<string, string> Publishers = new(StringComparer.Ordinal)
    {
        ["breitbart"] = "Breitbart", ["huff-post"] = "HuffPost", ["nyt"] = "The New York Times", ["politico"] = "Politico",
        ["usa-today"] = "USA Today", ["wash-post"] = "The Washington Post", ["west-journal"] = "Western Journal",
    };

    public static IReadOnlyList<ClaimsMapStory> Shipped { get; } = Load();

    /// <summary>The publisher a PolNeAR file id starts with ("wash-post_2016-…" → "The Washington Post").</summary>
    public static string OutletOf(string fileId)
    {
        var prefix = fileId.Split('_')[0];
        return Publishers.GetValueOrDefault(prefix, prefix);
    }

    private static List<ClaimsMapStory> Load()
    {
        using var stream = typeof(ClaimsMapStories).Assembly.GetManifestResourceStream("AleppoQuiz.Attribution.Data.claims-map-stories.json")
            ?? throw new InvalidOperationException("The claims-map story list is not embedded in the assembly.");
        var file = JsonSerializer.Deserialize<StoryFile>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("The claims-map story list is empty.");
        return file.Stories;
    }

    private sealed record StoryFile(List<ClaimsMapStory> Stories);
}
