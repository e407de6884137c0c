using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>
/// Sentences the reporter states without any source: five words or more, ending in "." or "!", outside
/// quotations and touching no attribution. Shared by both extractors so assertions mean the same either way.
/// </summary>
internal static class AssertionFinder
{
    public static List<Assertion> Find(AnalyzedText analyzed, IReadOnlyList<SpeechAttribution> attributions, int minimumWords)
    {
        var covered = attributions
            .SelectMany(a => a.ContentFragments.Append(a.Cue).Concat(a.Source is null ? [] : [a.Source]))
            .Select(p => new TextSpan(p.Start, p.End))
            .ToList();
        var assertions = new List<Assertion>();
        foreach (var sentence in analyzed.Sentences)
        {
            var span = analyzed.SpanOf(sentence.First, sentence.Last);
            var words = Enumerable.Range(sentence.First, sentence.Count).Count(i => analyzed.Tokens[i].IsWord);
            var endsLikeStatement = analyzed.Tokens[sentence.Last].Text is "." or "!";
            var quoted = analyzed.IsQuoted(sentence.First);
            if (words >= minimumWords && endsLikeStatement && !quoted && !covered.Any(c => c.Overlaps(span)))
            {
                assertions.Add(new Assertion(new SpanText(span.Start, span.End, span.Slice(analyzed.Text))));
            }
        }

        return assertions;
    }
}
