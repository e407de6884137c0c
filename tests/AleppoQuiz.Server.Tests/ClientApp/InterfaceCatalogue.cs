using System.Text.Json;
using System.Text.RegularExpressions;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Server.Tests.ClientApp;

/// <summary>
/// One language's interface sentences as the front end reads them from ClientApp/locales/&lt;language&gt;.json: a
/// sentence per key, or one per plural category.
/// </summary>
internal sealed partial class InterfaceCatalogue
{
    private InterfaceCatalogue(string language, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> entries)
    {
        Language = language;
        Entries = entries;
    }

    public static string Folder => Path.Combine(RepositoryPaths.Root, "src", "AleppoQuiz.Server", "ClientApp", "locales");

    public string Language { get; }

    /// <summary>Key → forms; a plain sentence is the single form "other".</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Entries { get; }

    public static InterfaceCatalogue Load(string language)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, language + ".json")));
        var entries = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            entries[property.Name] = property.Value.ValueKind == JsonValueKind.String
                ? new Dictionary<string, string> { ["other"] = property.Value.GetString()! }
                : property.Value.EnumerateObject().ToDictionary(form => form.Name, form => form.Value.GetString()!);
        }

        return new InterfaceCatalogue(language, entries);
    }

    /// <summary>The sentence for a key with placeholders filled in as given (the "other" form of a plural).</summary>
    public string this[string key, params (string Name, string Value)[] values] =>
        values.Aggregate(Entries[key]["other"], (text, value) => text.Replace("{" + value.Name + "}", value.Value, StringComparison.Ordinal));

    public static ISet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex PlaceholderPattern();
}
