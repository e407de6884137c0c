using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Core.Tests.Game;

public sealed class NicknamePolicyTests
{
    private static readonly NicknamePolicy Policy = NicknamePolicy.Default;

    private static NicknameCheck Check(string? name, params string[] taken) =>
        Policy.Check(name, key => taken.Select(NicknamePolicy.UniquenessKey).Contains(key));

    [Theory]
    [InlineData("Ana", "Ana")]
    [InlineData("   Ana  ", "Ana")]
    [InlineData("Ana   Maria", "Ana Maria")]
    [InlineData("Zoë", "Zoë")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    [InlineData("🦊🦊🦊", "🦊🦊🦊")]
    [InlineData("Scrappy", "Scrappy")]
    [InlineData("Buttercup", "Buttercup")]
    public void Acceptable_names_are_trimmed_and_inner_spaces_collapsed(string requested, string expected)
    {
        var check = Check(requested);
        Assert.True(check.IsAccepted, check.Refusal?.Code);
        Assert.Equal(expected, check.Nickname);
    }

    [Theory]
    [InlineData(null, RefusalCodes.NicknameEmpty)]
    [InlineData("", RefusalCodes.NicknameEmpty)]
    [InlineData(" \t ", RefusalCodes.NicknameEmpty)]
    [InlineData("123456789012345678901", RefusalCodes.NicknameTooLong)]
    [InlineData("Ana\u0007", RefusalCodes.NicknameInvalidCharacters)]
    [InlineData("An\na", RefusalCodes.NicknameInvalidCharacters)]
    [InlineData("A\u200Bna", RefusalCodes.NicknameInvalidCharacters)]
    [InlineData("Stupid", RefusalCodes.NicknameNotAllowed)]
    [InlineData("big IDIOT", RefusalCodes.NicknameNotAllowed)]
    [InlineData("5tup1d", RefusalCodes.NicknameNotAllowed)]
    [InlineData("i.d.i.o.t", RefusalCodes.NicknameNotAllowed)]
    [InlineData("Stüpid", RefusalCodes.NicknameNotAllowed)]
    [InlineData("Stu\u0308pid", RefusalCodes.NicknameNotAllowed)]
    [InlineData("L0SER", RefusalCodes.NicknameNotAllowed)]
    public void Unacceptable_names_are_refused_with_a_reason(string? requested, string code)
    {
        var check = Check(requested);
        Assert.Equal(code, check.Refusal?.Code);
        Assert.False(string.IsNullOrWhiteSpace(check.Refusal!.Message));
        Assert.Null(check.Nickname);
    }

    [Fact]
    public void Names_must_be_unique_ignoring_case()
    {
        Assert.Equal(RefusalCodes.NicknameTaken, Check("ana", "Ana").Refusal?.Code);
        Assert.Equal(RefusalCodes.NicknameTaken, Check("ÁNA", "ána").Refusal?.Code);
        Assert.True(Check("Anna", "Ana").IsAccepted);
    }

    [Fact]
    public void A_custom_word_list_can_replace_the_default()
    {
        var policy = new NicknamePolicy(new ProfanityFilter(["banana"]));
        Assert.False(policy.Check("Big Banana", _ => false).IsAccepted);
        Assert.True(policy.Check("Stupid", _ => false).IsAccepted);
    }

    [Fact]
    public void Friendly_names_are_deterministic_for_a_seed_and_pass_the_policy()
    {
        var first = Enumerable.Range(0, 5).Select(_ => Policy.SuggestFriendlyName(new SeededRandomSource(11), _ => false)).Distinct();
        Assert.Single(first);

        var random = new SeededRandomSource(3);
        var taken = new HashSet<string>();
        for (var i = 0; i < 300; i++)
        {
            var name = Policy.SuggestFriendlyName(random, taken.Contains);
            var check = Policy.Check(name, taken.Contains);
            Assert.True(check.IsAccepted, name);
            taken.Add(check.Key!);
        }
    }
}
