using System.Text.RegularExpressions;
using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Contradictions;

/// <summary>
/// Reads completion claims: "SUBJECT is/was/has been [not (yet)|far from] complete/over/finished/completed".
/// The subject is the noun after the nearest "the/its/this" before the verb in the same clause, or, for a
/// verb with no subject of its own ("… suspended but was not yet over"), the subject of the clause before.
/// Narrow on purpose: a wrong contradiction misleads a class more than a missed one.
/// </summary>
public static partial class ClaimExtractor
{
    /// <summary>Complete, completed, over, finished, done and ended all state one thing: it is complete.</summary>
    public const string CompletionState = "complete";

    public static IReadOnlyList<Claim> Extract(StoryArticle article, IReadOnlyList<SpeechAttribution> attributions)
    {
        var text = article.Text;
        var claims = new List<Claim>();
        foreach (Match match in StatePattern().Matches(text))
        {
            var clauseStart = ClauseStart(text, match.Index);
            var subject = SubjectBefore(text[clauseStart..match.Index]) ?? SubjectBefore(text[SentenceStart(text, match.Index)..clauseStart]);
            if (subject is null)
            {
                continue;
            }

            var affirmed = !match.Groups["neg"].Success;
            var owner = StatementOwner.At(attributions, match.Index);
            var evidence = StatementOwner.Evidence(
                article, owner, match.Index, match.Index + match.Length, Math.Max(clauseStart, SentenceStart(text, match.Index)));
            claims.Add(new Claim(subject, CompletionState, affirmed, owner?.Speaker, article.Outlet, evidence));
        }

        return claims;
    }

    private static string? SubjectBefore(string clause)
    {
        var subjects = SubjectPattern().Matches(clause);
        return subjects.Count == 0 ? null : Singular(subjects[^1].Groups["noun"].Value.ToLowerInvariant());
    }

    private static string Singular(string noun) => noun.EndsWith('s') && noun.Length > 4 ? noun[..^1] : noun;

    private static int ClauseStart(string text, int index)
    {
        var cut = text.LastIndexOfAny([',', ';', '.', '\n', '"', '\u201C'], Math.Max(0, index - 1));
        var but = text.LastIndexOf(" but ", Math.Max(0, index - 1), StringComparison.Ordinal);
        return Math.Max(cut + 1, but >= 0 ? but + 1 : 0);
    }

    private static int SentenceStart(string text, int index)
    {
        var cut = text.LastIndexOfAny(['.', '\n', '!', '?'], Math.Max(0, index - 1));
        return cut + 1;
    }

    [GeneratedRegex(@"\b(?:is|are|was|were|has been|have been|had been)\s+(?:now\s+)?(?<neg>not\s+(?:yet\s+)?|far\s+from\s+)?[""“”']?(?<state>complete|completed|over|finished|done|ended)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatePattern();

    [GeneratedRegex(@"\b(?:the|its|this|their)\s+(?<noun>[a-z]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectPattern();
}
