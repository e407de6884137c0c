using AleppoQuiz.Attribution.Coreference;
using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Questions;

/// <summary>
/// Picks wrong speakers a student could believe. A wrong option only teaches when it is plausible: a person for
/// a person and a body or unnamed source for a body, someone quoted on the same matter, from the same report
/// where there is one. Ranking by closeness also keeps the options from being the story's three loudest voices
/// on every question.
/// </summary>
internal sealed class SpeakerDistractors
{
    private static readonly HashSet<string> Unremarkable = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "been", "were", "will", "would", "they", "their", "there", "which",
        "about", "after", "into", "also", "more", "than", "said", "says", "being", "what", "when", "some", "still",
    };

    private readonly IReadOnlyList<SpeakerProfile> _speakers;

    private SpeakerDistractors(IReadOnlyList<SpeakerProfile> speakers) => _speakers = speakers;

    public static SpeakerDistractors From(IReadOnlyList<ArticleAnalysis> articles)
    {
        var said = articles.SelectMany(a =>
                a.Attributions.Select(x => (x.Speaker, a.Article.Id, x.Content.Text))
                    .Concat(a.Quotes.Select(q => (q.Speaker, a.Article.Id, q.Quote.Text))))
            .Where(s => QuoteQuestions.IsUsableSpeaker(s.Speaker));
        var profiles = said.GroupBy(s => s.Speaker!, StringComparer.Ordinal)
            .Select(g => new SpeakerProfile(
                g.Key,
                SpeakerNames.PersonName(g.Key) is not null,
                g.SelectMany(s => Words(s.Text)).ToHashSet(StringComparer.Ordinal),
                g.Select(s => s.Id).ToHashSet(StringComparer.Ordinal),
                g.Count()))
            .ToList();
        return new SpeakerDistractors(profiles);
    }

    /// <summary>Up to <paramref name="count"/> speakers other than the answer, closest first.</summary>
    public IReadOnlyList<string> For(string answer, string about, string? articleId = null, int count = QuestionDrafter.DistractorCount)
    {
        var answerIsPerson = SpeakerNames.PersonName(answer) is not null;
        var topic = Words(about).ToHashSet(StringComparer.Ordinal);
        return _speakers
            .Where(s => !SameSpeaker(s.Name, answer))
            .OrderByDescending(s => Closeness(s, answerIsPerson, topic, articleId))
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Name)
            .Take(count)
            .ToList();
    }

    private static double Closeness(SpeakerProfile speaker, bool answerIsPerson, HashSet<string> topic, string? articleId)
    {
        var sameKind = speaker.IsPerson == answerIsPerson ? 2.0 : 0.0;
        var sameReport = articleId is not null && speaker.Articles.Contains(articleId) ? 1.0 : 0.0;
        var shared = topic.Count == 0 ? 0.0 : (double)topic.Count(speaker.Words.Contains) / topic.Count;
        return sameKind + sameReport + shared + (Math.Log(speaker.Mentions) / 20);
    }

    // "Putin" is "Vladimir Putin", but "a security source" is not "a Syrian military source": short forms are
    // matched only where a person's name is involved. A name inside the other ("Ryan" in "Trump and Ryan",
    // "Hezbollah" in "Hezbollah group") may be the right answer under another name, so it is never offered as wrong.
    private static bool SameSpeaker(string candidate, string answer) =>
        candidate.Equals(answer, StringComparison.OrdinalIgnoreCase)
        || ((SpeakerNames.PersonName(candidate) is not null || SpeakerNames.PersonName(answer) is not null)
            && (SpeakerNames.ShortFormOf(candidate, answer) || SpeakerNames.ShortFormOf(answer, candidate)))
        || NamesWithin(candidate, answer) || NamesWithin(answer, candidate);

    private static bool NamesWithin(string part, string whole)
    {
        var wholeWords = whole.Split(' ').ToHashSet(StringComparer.OrdinalIgnoreCase);
        var partWords = part.Split(' ');
        return partWords.Any(w => char.IsUpper(w[0])) && partWords.All(wholeWords.Contains);
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', ',', '.', '"', '“', '”', '\'', '’', ':', ';', '(', ')', '[', ']', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !Unremarkable.Contains(w));

    private sealed record SpeakerProfile(string Name, bool IsPerson, HashSet<string> Words, HashSet<string> Articles, int Mentions);
}
