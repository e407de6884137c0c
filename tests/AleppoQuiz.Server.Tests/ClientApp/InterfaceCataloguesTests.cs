using System.Reflection;
using System.Text.RegularExpressions;
using AleppoQuiz.Core.Game;
using AleppoQuiz.Testing;

namespace AleppoQuiz.Server.Tests.ClientApp;

/// <summary>
/// The English and Arabic interface catalogues hold the same sentences: no key is missing from either language,
/// no Arabic sentence is English left untranslated, and both fill in the same values.
/// </summary>
public sealed partial class InterfaceCataloguesTests
{
    private static readonly InterfaceCatalogue English = InterfaceCatalogue.Load("en");
    private static readonly InterfaceCatalogue Arabic = InterfaceCatalogue.Load("ar");

    private static readonly string[] PluralCategories = ["zero", "one", "two", "few", "many", "other"];

    [Fact]
    public void Every_key_is_in_both_languages()
    {
        var onlyEnglish = English.Entries.Keys.Except(Arabic.Entries.Keys).Order().ToArray();
        var onlyArabic = Arabic.Entries.Keys.Except(English.Entries.Keys).Order().ToArray();

        Assert.True(onlyEnglish.Length == 0 && onlyArabic.Length == 0, $"Only in English: {string.Join(", ", onlyEnglish)}; only in Arabic: {string.Join(", ", onlyArabic)}");
    }

    [Fact]
    public void Every_arabic_sentence_is_written_in_arabic()
    {
        var untranslated = Arabic.Entries
            .Where(entry => entry.Value.Values.Any(text => !ArabicLetter().IsMatch(text)))
            .Select(entry => entry.Key)
            .ToArray();

        Assert.True(untranslated.Length == 0, $"Not in Arabic: {string.Join(", ", untranslated)}");
    }

    [Fact]
    public void Both_languages_fill_in_the_same_values_and_every_plural_has_its_other_form()
    {
        var problems = new List<string>();
        foreach (var (key, englishForms) in English.Entries)
        {
            if (!Arabic.Entries.TryGetValue(key, out var arabicForms))
            {
                continue;
            }

            foreach (var forms in new[] { englishForms, arabicForms })
            {
                if (!forms.ContainsKey("other") || forms.Keys.Any(form => !PluralCategories.Contains(form)))
                {
                    problems.Add($"{key}: plural forms {string.Join("/", forms.Keys)}");
                }
            }

            // Arabic says "one" and "two" in words, so only its general form must carry every value.
            var expected = InterfaceCatalogue.Placeholders(englishForms.GetValueOrDefault("other") ?? "");
            if (!InterfaceCatalogue.Placeholders(arabicForms.GetValueOrDefault("other") ?? "").SetEquals(expected))
            {
                problems.Add($"{key}: Arabic fills in other values than English ({string.Join(", ", expected)})");
            }

            var unknown = arabicForms.Values.Concat(englishForms.Values).SelectMany(InterfaceCatalogue.Placeholders).Except(expected).ToArray();
            if (unknown.Length > 0)
            {
                problems.Add($"{key}: a form uses {string.Join(", ", unknown)}, which the sentence is not given");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_refusal_code_of_the_game_has_a_sentence_in_each_language()
    {
        var codes = typeof(RefusalCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();

        Assert.NotEmpty(codes);
        Assert.All(codes, code => Assert.True(Arabic.Entries.ContainsKey($"refusal.{code}") && English.Entries.ContainsKey($"refusal.{code}"), $"No sentence for the refusal '{code}'."));
    }

    [Fact]
    public void Every_static_text_a_page_marks_for_translation_has_a_sentence()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "AleppoQuiz.Server", "wwwroot"), "*.html");
        var keys = pages
            .SelectMany(page => MarkedKey().Matches(File.ReadAllText(page)).Select(match => (Page: Path.GetFileName(page), Key: match.Groups[1].Value)))
            .ToArray();

        Assert.NotEmpty(keys);
        Assert.All(keys, marked => Assert.True(English.Entries.ContainsKey(marked.Key), $"{marked.Page} marks '{marked.Key}', which has no sentence."));
    }

    [GeneratedRegex(@"[\u0600-\u06FF]")]
    private static partial Regex ArabicLetter();

    [GeneratedRegex(@"data-i18n=""([^""]+)""")]
    private static partial Regex MarkedKey();
}
