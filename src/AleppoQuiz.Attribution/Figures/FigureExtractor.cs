using System.Globalization;
using System.Text.RegularExpressions;
using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Figures;

/// <summary>
/// Finds counted figures in an article. A number counts something when a counted noun follows it
/// ("8,500 people") and an event word sits within a few words ("had left", "have been killed"). A bare
/// number ("a figure of around 8,000") takes the key of the figure just before it; a subset
/// ("including around 3,000 rebel fighters") takes the event of the figure it belongs to.
/// </summary>
public static partial class FigureExtractor
{
    private const int EventWindowWords = 6;

    public static IReadOnlyList<Figure> Extract(StoryArticle article, IReadOnlyList<SpeechAttribution> attributions)
    {
        var text = article.Text;
        var figures = new List<Figure>();
        var wholes = new List<Figure>(); // figures that are not a part of another one
        foreach (var sentence in SentenceSpans(text))
        {
            foreach (Match match in NumberPattern().Matches(text, sentence.Start))
            {
                if (match.Index >= sentence.End)
                {
                    break;
                }

                var value = double.Parse(match.Groups["n"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                if (Key(text, match, sentence, wholes, out var isSubset) is not { } key || value < 2)
                {
                    continue;
                }

                var numberPiece = new SpanText(match.Index, match.Index + match.Length, match.Value.Trim());
                var givenBy = attributions.FirstOrDefault(a => a.ContentFragments.Any(f => f.Start <= match.Index && match.Index < f.End))?.Speaker;
                var sentencePiece = new SpanText(sentence.Start, sentence.End, text[sentence.Start..sentence.End]);
                var figure = new Figure(article.Id, article.Outlet, value, match.Groups["q"].Value.Trim().ToLowerInvariant(), key, givenBy,
                    Evidence.From(article.Id, numberPiece), Evidence.From(article.Id, sentencePiece));
                figures.Add(figure);
                if (!isSubset)
                {
                    wholes.Add(figure);
                }
            }
        }

        return figures;
    }

    private static FigureKey? Key(string text, Match match, (int Start, int End) sentence, List<Figure> earlier, out bool isSubset)
    {
        var before = text[sentence.Start..match.Index];
        var after = text[(match.Index + match.Length)..sentence.End];
        var afterWords = Words(after).Take(EventWindowWords).ToList();
        var beforeWords = Words(before).TakeLast(EventWindowWords).ToList();
        var counted = afterWords.Take(3).Select(w => FigureVocabulary.CountedNouns.GetValueOrDefault(w)).FirstOrDefault(n => n is not null);
        var previous = earlier.Count > 0 && earlier[^1].Sentence.Start >= sentence.Start - 400 ? earlier[^1] : null;
        isSubset = FigureVocabulary.SubsetMarkers.Any(m => before.TrimEnd().EndsWith(m, StringComparison.OrdinalIgnoreCase)
            || before.TrimEnd().EndsWith(m + " " + match.Groups["q"].Value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (isSubset && previous is not null)
        {
            return counted is null ? null : new FigureKey(previous.Key.Event, counted);
        }

        var eventName = FigureVocabulary.Events
            .Select(e => (e.Event, Distance: Nearest(e.Words, beforeWords, afterWords)))
            .Where(e => e.Distance < int.MaxValue)
            .OrderBy(e => e.Distance)
            .Select(e => e.Event)
            .FirstOrDefault();
        if (counted is not null)
        {
            return eventName is null ? null : new FigureKey(eventName, counted);
        }

        // "a figure of around 8,000": no noun, so it restates the figure just before.
        return before.Contains("figure", StringComparison.OrdinalIgnoreCase) && previous is not null ? previous.Key : null;
    }

    private static int Nearest(string[] words, List<string> before, List<string> after)
    {
        var best = int.MaxValue;
        for (var i = 0; i < after.Count; i++)
        {
            best = words.Contains(after[i], StringComparer.OrdinalIgnoreCase) ? Math.Min(best, i) : best;
        }

        for (var i = 0; i < before.Count; i++)
        {
            best = words.Contains(before[^(i + 1)], StringComparer.OrdinalIgnoreCase) ? Math.Min(best, i) : best;
        }

        return best;
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value);

    /// <summary>Sentences as character ranges, cut at line breaks and at ". " before a capital.</summary>
    internal static IEnumerable<(int Start, int End)> SentenceSpans(string text)
    {
        var start = 0;
        foreach (Match boundary in SentenceBoundary().Matches(text))
        {
            yield return (start, boundary.Index + 1);
            start = boundary.Index + boundary.Length;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    [GeneratedRegex(@"(?<q>(?:at least|more than|less than|fewer than|up to|as many as|about|around|some|nearly|almost|over|roughly|approximately|an estimated|estimated)\s+)?(?<![\w#$.,])(?<n>\d{1,3}(?:,\d{3})+|\d+)(?![\w,.]\d)(?!\s*(?:per ?cent|percent|%|years?|months?|days?|hours?|km|miles))", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[""“A-Z])|\n+")]
    private static partial Regex SentenceBoundary();
}
