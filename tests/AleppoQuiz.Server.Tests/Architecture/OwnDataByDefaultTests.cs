using System.Text.RegularExpressions;

namespace AleppoQuiz.Server.Tests.Architecture;

/// <summary>
/// The database's owner filter keeps each teacher to their own rows, so the features never compare owners by hand:
/// a forgotten comparison was a leak, and a written one is a second rule that can drift from the filter.
/// </summary>
public sealed partial class OwnDataByDefaultTests
{
    /// <summary>Where a hand-made owner check is the rule, and why.</summary>
    private static readonly Dictionary<string, string> Exceptions = new()
    {
        // Live games are held in memory: the registry's host-key and running-games checks are not queries.
        ["Features/Live/LiveGameService.cs"] = "the live game registry",
        // Loads the quiz a hub-named host starts a game from, with the filter switched off by name.
        ["Features/Live/GameQuizFactory.cs"] = "the quiz of a hosted game",
        // Loads the class a hub-named host attaches to a game, with the filter switched off by name.
        ["Features/Classes/GameRoster.cs"] = "the roster of a hosted game",
    };

    [Fact]
    public void Features_do_not_filter_by_owner_by_hand()
    {
        var offences = ServerSource.Files()
            .Where(file => file.Path.StartsWith("Features/", StringComparison.Ordinal))
            .Where(file => !Exceptions.Keys.Any(exception => file.Path.StartsWith(exception, StringComparison.Ordinal)))
            .SelectMany(file => ServerSource.Offences(file.Path, file.Lines, OwnerComparison()))
            .ToArray();

        Assert.True(offences.Length == 0, "Owner compared by hand instead of through the owner filter:\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("db.Classes.Where(c => c.OwnerId == teacherId)")]
    [InlineData("if (game.OwnerId != ownerId)")]
    [InlineData("a.OwnerId==http.User.TeacherId()")]
    [InlineData("q => teacherId == q.OwnerId")]
    [InlineData("db.Games.Where(g => g.TeacherId == id)")]
    public void An_owner_comparison_is_recognised(string line) =>
        Assert.Matches(OwnerComparison(), line);

    [Theory]
    [InlineData("query.Where(a => a.OwnerId == null)")]
    [InlineData("quiz.OwnerId is not null,")]
    [InlineData("OwnerId = teacherId,")]
    public void Telling_built_in_rows_apart_or_setting_an_owner_is_not_an_owner_check(string line) =>
        Assert.DoesNotMatch(OwnerComparison(), line);

    [GeneratedRegex(@"\b(OwnerId|TeacherId)\s*[!=]=(?!\s*null\b)|[!=]=\s*[\w.]*\b(OwnerId|TeacherId)\b")]
    private static partial Regex OwnerComparison();
}
