using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Core.Tests.Game;

/// <summary>Names that would look wrong on the projector: stacked marks, look-alike letters, rude words.</summary>
public sealed class NicknameLookAlikeTests
{
    private static NicknameCheck Check(string name, params string[] taken) =>
        NicknamePolicy.Default.Check(name, key => taken.Select(NicknamePolicy.UniquenessKey).Contains(key));

    [Fact]
    public void Zalgo_text_of_two_thousand_characters_on_a_few_letters_is_refused()
    {
        var zalgo = string.Concat("Ana".Select(letter => letter + new string('\u0336', 666)));
        Assert.True(zalgo.Length > 1_990);

        Assert.Equal(RefusalCodes.NicknameTooLong, Check(zalgo).Refusal?.Code);
    }

    [Theory]
    [InlineData("Zoe\u0308 Mu\u0308ller")]
    [InlineData("مُحَمَّد عَلِي")]
    public void Names_with_a_mark_or_two_per_letter_are_still_accepted(string name) =>
        Assert.True(Check(name).IsAccepted, Check(name).Refusal?.Code);

    [Theory]
    [InlineData("Ana", "\u0410na")]
    [InlineData("OSCAR", "\u039FSCAR")]
    [InlineData("Pete", "\u0420ete")]
    [InlineData("Sam", "\uFF33am")]
    public void A_name_in_look_alike_letters_clashes_with_the_latin_one(string taken, string lookAlike) =>
        Assert.Equal(RefusalCodes.NicknameTaken, Check(lookAlike, taken).Refusal?.Code);

    [Fact]
    public void Different_names_in_other_scripts_do_not_clash() =>
        Assert.True(Check("Борис", "Boris").IsAccepted);

    [Theory]
    [InlineData("weirdo")]
    [InlineData("Big Noob")]
    [InlineData("s.h.i.t")]
    public void Rude_words_beyond_the_mildest_are_refused(string name) =>
        Assert.Equal(RefusalCodes.NicknameNotAllowed, Check(name).Refusal?.Code);
}
