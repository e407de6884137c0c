using System.Text.RegularExpressions;
using AleppoQuiz.Attribution.Attributions;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Contradictions;

/// <summary>
/// Reads who a source says fired on the convoys or buses: "rebel fighters had fired on the convoys", "a convoy
/// … was fired on by the rebels", "pro-government militias opened fire on buses". The shooter is sorted into
/// one of two sides of the war (rebels, pro-government forces); sources naming different sides contradict each
/// other. Only attributed claims count, and only where the sentence or its paragraph names the convoys: a
/// class should not be shown a conflict the articles do not carry.
/// </summary>
public static partial class BlameClaimExtractor
{
    public const string Rebels = "rebels";
    public const string GovernmentSide = "pro-government forces";
    public const string Topic = "convoys";
    public const string State = "fired on";

    /// <summary>The wording every convoy-blame claim shares, so they meet as one proposition.</summary>
    public static PropositionWording Wording { get; } = PropositionWording.ForBlame(Rebels, GovernmentSide, "fired on the convoys");

    public static IReadOnlyList<Claim> Extract(StoryArticle article, IReadOnlyList<SpeechAttribution> attributions)
    {
        var text = article.Text;
        var claims = new List<Claim>();
        foreach (var match in ActiveShooting().Matches(text).Concat(PassiveShooting().Matches(text)))
        {
            var side = SideOf(match.Groups["agent"].Value);
            var owner = StatementOwner.At(attributions, match.Index);
            if (side is null || owner is null || !NamesTheConvoys(text, match.Index))
            {
                continue;
            }

            var evidence = StatementOwner.Evidence(article, owner, match.Index, match.Index + match.Length, match.Index);
            claims.Add(new Claim(Topic, State, side == Rebels, owner.Speaker, article.Outlet, evidence) { Wording = Wording });
        }

        return claims;
    }

    private static string? SideOf(string agent)
    {
        var lower = agent.ToLowerInvariant();
        return lower.Contains("pro-government", StringComparison.Ordinal) || lower.StartsWith("government", StringComparison.Ordinal)
            || lower.StartsWith("regime", StringComparison.Ordinal) || lower.StartsWith("shi", StringComparison.Ordinal)
            ? GovernmentSide
            : lower.StartsWith("rebel", StringComparison.Ordinal) || lower.StartsWith("opposition", StringComparison.Ordinal)
                || lower.StartsWith("militant", StringComparison.Ordinal)
                ? Rebels
                : null;
    }

    /// <summary>The paragraph of the claim mentions a convoy or a bus.</summary>
    private static bool NamesTheConvoys(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index) is var e and >= 0 ? e : text.Length;
        return ConvoyWord().IsMatch(text.AsSpan(start, end - start));
    }

    private const string Agent = @"(?<agent>(?:pro-government|government|regime|rebels?|opposition|militants?|Shi'ite|Shiite|Shi’ite)(?:[ ][\w'’-]+){0,2}?)";

    [GeneratedRegex(@"\b" + Agent + @"\s+(?:had\s+|have\s+)?(?:fired\s+on|opened\s+fire|shot\s+at|shelled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveShooting();

    [GeneratedRegex(@"\b(?:was|were|had\s+been|has\s+been)\s+(?:fired\s+on|shot\s+at|shelled)\s+by\s+(?:the\s+)?" + Agent + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveShooting();

    [GeneratedRegex(@"\b(?:convoys?|bus|buses)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConvoyWord();
}
