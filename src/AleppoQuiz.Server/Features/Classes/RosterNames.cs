using AleppoQuiz.Core.Game;
using AleppoQuiz.Server.Data;

namespace AleppoQuiz.Server.Features.Classes;

/// <summary>
/// A roster name becomes the student's name in every game, so it is checked by the same nickname rules games use
/// (length, characters, friendliness) and must be unique in its class ignoring case; joining then never fails on
/// the name itself.
/// </summary>
internal static class RosterNames
{
    /// <summary>The cleaned name, or the sentence explaining why it cannot be used.</summary>
    public static (string? Name, string? Problem) Check(string? requested, IEnumerable<ClassStudent> roster)
    {
        var taken = roster.Where(s => s.RemovedAt is null).Select(s => NicknamePolicy.UniquenessKey(s.Name)).ToHashSet(StringComparer.Ordinal);
        var check = NicknamePolicy.Default.Check(requested, taken.Contains);
        if (check.Refusal is { } refusal)
        {
            var sentence = refusal.Code == RefusalCodes.NicknameTaken
                ? $"“{NicknamePolicy.Clean(requested ?? "")}” is already on this roster; add an initial to tell the two apart."
                : refusal.Message.Replace("Nicknames", "Names on a roster", StringComparison.Ordinal).Replace("nickname", "name", StringComparison.Ordinal);
            return (null, sentence);
        }

        return (check.Nickname, null);
    }

    /// <summary>Checks a whole roster typed at once, each name against the ones before it.</summary>
    public static (List<string> Names, string? Problem) CheckAll(IEnumerable<string> requested)
    {
        var accepted = new List<ClassStudent>();
        foreach (var name in requested.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            var (clean, problem) = Check(name, accepted);
            if (problem is not null)
            {
                return ([], problem);
            }

            accepted.Add(NewStudent("", clean!, accepted.Count));
        }

        return ([.. accepted.Select(s => s.Name)], null);
    }

    public static ClassStudent NewStudent(string classId, string name, int position) => new()
    {
        Id = "st-" + Guid.NewGuid().ToString("N")[..16],
        ClassId = classId,
        Name = name,
        Position = position,
    };
}
