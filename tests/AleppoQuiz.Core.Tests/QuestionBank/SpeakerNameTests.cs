using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Tests.QuestionBank;

public class SpeakerNameTests
{
    private const string Paragraph = "\"We need guarantees,\" said Elizabeth Hoff, the World Health Organization's representative in Syria.";

    [Theory]
    [InlineData("Elizabeth Hoff")]
    [InlineData("WHO representative Elizabeth Hoff")]
    [InlineData("World Health Organization's representative in Syria")]
    public void An_answer_is_found_by_its_whole_text_or_by_the_name_that_ends_it(string answer) =>
        Assert.True(SpeakerName.AppearsIn(answer, Paragraph));

    [Theory]
    [InlineData("WHO representative Jan Egeland")]
    [InlineData("Dr Hoff")]
    [InlineData("representative Hoff")]
    public void A_different_person_or_a_surname_alone_is_not_found(string answer) =>
        Assert.False(SpeakerName.AppearsIn(answer, Paragraph));

    [Fact]
    public void The_name_forms_are_the_capitalised_tails_of_two_words_or_more() =>
        Assert.Equal(["Foreign Minister Mevlut Cavusoglu", "Minister Mevlut Cavusoglu", "Mevlut Cavusoglu"], SpeakerName.NameForms("Turkish foreign ministry's Foreign Minister Mevlut Cavusoglu"));
}
