using System.Globalization;
using System.Text;

namespace AleppoQuiz.Core.Game;

/// <summary>A nickname check's outcome: the cleaned nickname and its uniqueness key, or why it was refused.</summary>
public sealed record NicknameCheck(string? Nickname, string? Key, Refusal? Refusal)
{
    public bool IsAccepted => Refusal is null;
}

/// <summary>
/// Rules for the names players pick: 1–20 characters after trimming (inner runs of spaces become one space),
/// no control or invisible formatting characters, not a blocked word, and unique ignoring case.
/// </summary>
public sealed class NicknamePolicy(ProfanityFilter filter)
{
    public const int MaxLength = 20;

    /// <summary>
    /// Room for accents and vowel marks written as separate characters (two per letter), but not for "Zalgo" text
    /// that stacks hundreds of marks on twenty letters and spills across the projector.
    /// </summary>
    public const int MaxCodePoints = 2 * MaxLength;

    public static NicknamePolicy Default { get; } = new(ProfanityFilter.Default);

    /// <summary>
    /// Checks a requested nickname. <paramref name="isTaken"/> is asked about the uniqueness key (see
    /// <see cref="UniquenessKey"/>), not the name itself.
    /// </summary>
    public NicknameCheck Check(string? requested, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        var trimmed = requested?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return Refuse(RefusalKind.Invalid, RefusalCodes.NicknameEmpty, "Pick a nickname.");
        }

        // Format characters include zero-width ones, which would let two names look the same but differ.
        if (trimmed.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            return Refuse(RefusalKind.Invalid, RefusalCodes.NicknameInvalidCharacters, "Nicknames cannot contain control or invisible characters.");
        }

        var nickname = Clean(trimmed);
        if (new StringInfo(nickname).LengthInTextElements > MaxLength || nickname.EnumerateRunes().Count() > MaxCodePoints)
        {
            return Refuse(RefusalKind.Invalid, RefusalCodes.NicknameTooLong, $"Nicknames can be at most {MaxLength} characters.");
        }

        if (filter.IsBlocked(nickname))
        {
            return Refuse(RefusalKind.Invalid, RefusalCodes.NicknameNotAllowed, "Please pick a friendlier nickname.");
        }

        var key = UniquenessKey(nickname);
        return isTaken(key)
            ? Refuse(RefusalKind.Invalid, RefusalCodes.NicknameTaken, "Someone in this game already has that nickname.")
            : new NicknameCheck(nickname, key, null);
    }

    /// <summary>
    /// Two nicknames clash when their keys are equal: "Ana" and "ANA" do, and so does "Аna" spelt with a Cyrillic
    /// "А"; "Ana" and "Anna" do not.
    /// </summary>
    public static string UniquenessKey(string nickname)
    {
        ArgumentNullException.ThrowIfNull(nickname);
        return Confusables.FoldUpper(nickname.ToUpperInvariant());
    }

    /// <summary>
    /// A friendly name such as "Curious Otter" that passes this policy. Give it a random source of its own, not
    /// the game's: a suggestion is not a logged command, so drawing from the game's source would break replay.
    /// </summary>
    public string SuggestFriendlyName(IRandomSource random, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        for (var attempt = 0; ; attempt++)
        {
            var name = FriendlyNameGenerator.Next(random, withNumber: attempt >= FriendlyNameGenerator.PlainAttempts);
            if (Check(name, isTaken).IsAccepted)
            {
                return name;
            }
        }
    }

    /// <summary>Trims and turns each inner run of whitespace into one space, as joining does.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace || builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(isSpace ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    private static NicknameCheck Refuse(RefusalKind kind, string code, string message) => new(null, null, new Refusal(kind, code, message));
}
