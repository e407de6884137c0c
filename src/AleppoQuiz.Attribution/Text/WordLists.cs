namespace AleppoQuiz.Attribution.Text;

/// <summary>Closed-class English words the phrase finders rely on (lowercase).</summary>
public static class WordLists
{
    public static readonly HashSet<string> PersonalPronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "it", "i", "we", "you",
    };

    public static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "who", "which", "that" };

    /// <summary>Words that open a noun phrase: a source phrase found right to left stops after one.</summary>
    public static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "this", "these", "those", "some", "many", "several", "most", "both", "all", "another",
        "each", "his", "her", "their", "its", "our", "my", "your", "other", "few", "no", "every", "one", "two",
        "three", "four", "five", "such", "any", "more", "much",
    };

    /// <summary>Function words and common verbs that cannot sit inside a source phrase.</summary>
    public static readonly HashSet<string> PhraseBreakers = new(StringComparer.Ordinal)
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "should", "may", "might", "must", "shall", "not", "n't", "to", "that", "which",
        "who", "whom", "whose", "where", "when", "while", "and", "or", "but", "because", "as", "if", "than", "so",
        "since", "after", "before", "although", "though", "until", "unless", "whether", "however", "also",
        "then", "there", "here", "now", "yet", "still", "just", "even", "only", "already", "in", "on", "at",
        "by", "with", "from", "into", "during", "about", "against", "over", "under", "between", "without",
        "through", "via", "what", "how", "why", "said", "says", "say", "told", "tell", "tells", "like", "it",
        "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "this", "these", "those", "meanwhile",
        "earlier", "later", "today", "yesterday", "tomorrow", "too", "again", "instead", "once", "ago", "out",
        "up", "down", "off", "very", "such", "nor", "either", "neither", "for", "of", "amid", "despite", "toward",
        "towards", "upon", "within", "whereas", "among",
    };

    /// <summary>Breakers allowed inside a longer noun phrase ("Secretary of State", "Center for Reconciliation").</summary>
    public static readonly HashSet<string> PhraseInternal = new(StringComparer.Ordinal) { "of", "for", "and", "&" };

    /// <summary>Adverbs and auxiliaries that can stand between a source and its cue ("also said", "has said").</summary>
    public static readonly HashSet<string> CueModifiers = new(StringComparer.Ordinal)
    {
        "also", "has", "have", "had", "later", "then", "again", "previously", "repeatedly", "once", "recently",
        "further", "initially", "first", "publicly", "privately", "often", "never", "already", "even", "still",
        "meanwhile", "however", "reportedly", "earlier", "subsequently", "separately", "simply", "quickly",
    };

    /// <summary>Verbs of telling take an addressee before the content ("told Reuters that …").</summary>
    public static readonly HashSet<string> TellVerbs = new(StringComparer.Ordinal)
    {
        "told", "tell", "tells", "telling", "assured", "informed", "reminded", "warned", "urged", "asked",
        "assures", "informs", "reminds", "warns", "urges", "asks", "promised", "promises", "convinced",
    };

    /// <summary>Words that begin a trailing adverbial after a cue ("said on Friday", "said in a statement").</summary>
    public static readonly HashSet<string> AdverbialStarters = new(StringComparer.Ordinal)
    {
        "on", "in", "at", "during", "after", "before", "from", "via", "through", "while", "when", "last", "this",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "earlier", "later", "recently", "afterward", "afterwards", "again", "repeatedly", "then", "too", "also",
        "publicly", "privately", "separately", "by", "over", "late", "early", "shortly", "tonight",
    };

    /// <summary>Words of a time adverbial that can sit between a source and its cue.</summary>
    public static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "tonight",
    };

    /// <summary>Cues whose grammatical subject is part of the content, not a source ("X appears to …").</summary>
    public static readonly HashSet<string> RaisingCues = new(StringComparer.Ordinal)
    {
        "appears", "appeared", "appear", "seems", "seemed", "seem", "expected",
    };
}
