using AleppoQuiz.Attribution.Spelling;
using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Coreference;

/// <summary>
/// Phrase shapes a source finder hands over that are not the speaker as written: a sentence opener before the
/// name ("Recently, Sanders, who lost, said"), an outlet run into a name ("with The Washington Post Trump said"),
/// and a description with the name in apposition ("The California congressman, Adam Schiff, said").
/// </summary>
public static partial class SpeakerNames
{
    // Words that open a sentence as an adverbial, capitalised only by position: never a speaker.
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "meanwhile", "however", "still", "yet", "now", "later", "earlier", "today", "yesterday", "also", "instead",
        "then", "again", "afterward", "afterwards", "separately", "overall", "indeed", "moreover", "nevertheless",
        "no", "yes", "outside", "inside", "after", "before", "since", "when", "while", "as", "but", "and", "so",
        // Participles that open a clause before the subject ("Speaking to reporters, Trump said"). A list, not a
        // suffix rule: Manning, Fleming or Irving end the same way and do speak.
        "speaking", "having", "holding", "asked", "pressed", "standing", "chastened", "following", "responding",
        "writing", "addressing", "appearing", "referring", "citing", "noting", "facing", "looking", "talking",
        "campaigning", "returning", "echoing", "flanked", "surrounded", "joined", "pointing", "reacting", "visiting",
    };

    // Endings of the adjective an "-ly" adverb is made from ("recent-ly", "final-ly", "previous-ly"), so names
    // such as Kelly or Connolly stay names.
    private static readonly string[] AdverbStems = ["nt", "al", "ar", "ous", "ive", "ate", "ful", "ic", "ed", "ing"];

    // The last word of an outlet's name: "The Washington Post", "Fox News", "The New York Times".
    private static readonly HashSet<string> OutletEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "post", "times", "news", "journal", "tribune", "herald", "globe", "magazine", "radio", "tv", "television",
        "network", "press", "reuters", "afp", "cnn", "nbc", "abc", "cbs", "msnbc", "npr", "bbc", "politico", "breitbart",
    };

    /// <summary>
    /// True for a capitalised word that opens a sentence as an adverb or a participle ("Recently", "Speaking",
    /// "Chastened", "Outside"): a phrase that starts with one is a clause opener, not a name.
    /// </summary>
    public static bool IsOpener(string word)
    {
        var bare = word.Trim(',', '.', ';', ':');
        return bare.Length > 1 && char.IsUpper(bare[0]) && bare.Skip(1).All(char.IsLower)
            && (Openers.Contains(bare) || IsAdverb(bare.ToLowerInvariant()));
    }

    // Verbs a phrase finder sweeps into a source when it runs past the subject ("Cruz took the stage", "Romney went").
    private static readonly HashSet<string> CommonVerbs = new(StringComparer.Ordinal)
    {
        "went", "took", "came", "made", "got", "gave", "saw", "cannot", "want", "wants", "soon", "left", "began", "ran",
    };

    /// <summary>
    /// True when a phrase reads as a clause rather than a name: it holds a function word no name holds ("Clinton
    /// directly in his remarks … but"), a verb ("Hillary Clinton went", "campaign entered Thursday's conversation"),
    /// ends in a number or a glue word ("Arizona Republican survived 5", "official last step Wednesday of"), or
    /// opens with a participle or a pronoun ("occupying Trump's body", "That's the consensus of experts").
    /// </summary>
    public static bool ReadsAsClause(string core)
    {
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return false;
        }

        var lower = words.Select(w => NameSkeleton.Possessive(w).ToLowerInvariant()).ToArray();
        bool IsLowerCase(int i) => char.IsLower(words[i][0]);
        bool InsideName(int i) => i > 0 && i < words.Length - 1 && char.IsUpper(words[i - 1][0]) && char.IsUpper(words[i + 1][0]); // "Board on Professional Responsibility"
        return lower.Where((w, i) => IsLowerCase(i) && !WordLists.PhraseInternal.Contains(w) && !InsideName(i) && (WordLists.PhraseBreakers.Contains(w) || CommonVerbs.Contains(w))).Any()
            || lower.Skip(1).Where((w, i) => IsLowerCase(i + 1) && w.EndsWith("ed", StringComparison.Ordinal) && !w.Contains('-', StringComparison.Ordinal)).Any()
            || lower.Skip(1).Where((w, i) => IsLowerCase(i + 1) && WordLists.Determiners.Contains(w) && !WordLists.PhraseInternal.Contains(lower[i])
                && !lower[i].EndsWith("ing", StringComparison.Ordinal)).Any() // "official overseeing the evacuation" is a description
            || char.IsDigit(words[^1][0]) || WordLists.PhraseInternal.Contains(lower[^1])
            || (IsLowerCase(0) && lower[0].EndsWith("ing", StringComparison.Ordinal)) || WordLists.PhraseBreakers.Contains(lower[0]);
    }

    private static bool IsAdverb(string lower) =>
        lower.EndsWith("ly", StringComparison.Ordinal) && lower.Length > 5
        && AdverbStems.Any(stem => lower[..^2].EndsWith(stem, StringComparison.Ordinal));

    /// <summary>
    /// The comma-separated piece of a source phrase that names the speaker: the first, unless it is an opener
    /// ("Recently") or a description followed by the name in apposition ("The California congressman, Adam Schiff,").
    /// </summary>
    private static string NamePiece(string phrase)
    {
        var pieces = phrase.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count == 0)
        {
            return phrase;
        }

        var first = 0;
        while (first < pieces.Count - 1 && pieces[first].Split(' ').Length == 1 && IsOpener(pieces[first]))
        {
            first++;
        }

        var piece = pieces[first];
        var describes = piece.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && char.IsLower(piece.Split(' ')[^1][0]);
        if (describes && first + 1 < pieces.Count && IsPersonShaped(pieces[first + 1].Split(' ')))
        {
            return pieces[first + 1];
        }

        return piece;
    }

    /// <summary>
    /// "The Washington Post Trump" → "Trump": an outlet's name with a name run onto it after a missing comma. Only
    /// when one to three capitalised words follow the outlet word and none of them is part of a body's name.
    /// </summary>
    private static string WithoutOutletRunOn(string core)
    {
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 2; i >= 1; i--)
        {
            var rest = words[(i + 1)..];
            if (OutletEnds.Contains(words[i]) && char.IsUpper(words[i][0]) && rest.Length <= 3
                && rest.All(w => char.IsUpper(w[0]) && !OrganisationWords.Contains(w) && !OutletEnds.Contains(w))
                && words[..i].All(w => char.IsUpper(w[0])))
            {
                return string.Join(' ', rest);
            }
        }

        return core;
    }
}
