using System.Text.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Tests.Features.Authoring;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>A class plays a typed answer and a poll through the hub, to their reveals.</summary>
public sealed class TypeAnswerAndPollLiveTests : IAsyncLifetime
{
    private const string Quote = "said Turkish Foreign Minister Mevlut Cavusoglu";

    private readonly LiveServerFactory factory = new();
    private LiveTable table = null!;

    public async Task InitializeAsync()
    {
        var (teacher, cookie) = await SignedInTeacher.CreateWithCookieAsync(factory);
        var quiz = await AuthoringClient.CreateQuizAsync(teacher, "Typed and poll");
        var typed = AuthoringClient.WhoSaid(Quote) with { Type = "type-answer", Options = [], Accepted = ["Mevlut Cavusoglu", "Cavusoglu"] };
        var poll = AuthoringClient.WhoSaid(Quote) with
        {
            Type = "poll",
            Skill = "corroboration",
            Prompt = "Which would you check first?",
            Options = [new OptionInput("The Turkish ministry's own statement", false), new OptionInput("A second outlet's report", false)],
        };
        (await AuthoringClient.AddQuestionAsync(teacher, quiz, typed)).EnsureSuccessStatusCode();
        (await AuthoringClient.AddQuestionAsync(teacher, quiz with { Version = quiz.Version + 1 }, poll)).EnsureSuccessStatusCode();
        table = await LiveTable.OpenAsync(factory, teacher, cookie, quiz.Id, "Ana", "Ben");
        await table.Host.InvokeAsync("StartGame");
    }

    [Fact]
    public async Task Typed_answers_are_matched_and_the_reveal_shows_what_the_class_typed_grouped()
    {
        await table.OpenQuestionAsync(0);
        await table.Players[0].Client.InvokeAsync("SubmitTypedAnswer", 0, "  cavusoglu! ");
        await table.Players[1].Client.InvokeAsync("SubmitTypedAnswer", 0, "Putin");

        var results = await table.RevealAsync();

        Assert.True(results[0].GetProperty("correct").GetBoolean());
        Assert.True(results[0].GetProperty("points").GetInt32() > 0);
        Assert.False(results[1].GetProperty("correct").GetBoolean());
        var reveal = table.Host.Received.Last(m => m.Target == "QuestionClosed").Argument;
        Assert.Equal("Mevlut Cavusoglu", reveal.GetProperty("acceptedAnswers")[0].GetString());
        var groups = reveal.GetProperty("typedAnswers").EnumerateArray()
            .Select(g => (g.GetProperty("text").GetString(), g.GetProperty("count").GetInt32(), g.GetProperty("isAccepted").GetBoolean()))
            .Order();
        Assert.Equal([("Putin", 1, false), ("cavusoglu!", 1, true)], groups);
        foreach (var player in table.Players)
        {
            var early = player.Client.Wire.Messages.TakeWhile(m => m.Target != "QuestionClosed").ToArray();
            Assert.NotEmpty(early);
            Assert.All(early, m => Assert.DoesNotContain("Cavusoglu", m.Text, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_poll_reveals_the_spread_and_gives_no_points()
    {
        await table.OpenQuestionAsync(0);
        await table.Players[0].Client.InvokeAsync("SubmitTypedAnswer", 0, "Cavusoglu");
        await table.Players[1].Client.InvokeAsync("SubmitTypedAnswer", 0, "Cavusoglu");
        var before = await table.RevealAsync();
        await table.AdvancePastLeaderboardAsync();

        await table.OpenQuestionAsync(1);
        var shown = table.Players[0].Client.Received.Last(m => m.Target == "AnsweringOpen").Argument.GetProperty("options");
        var first = shown[0].GetProperty("id").GetInt32();
        await table.Players[0].Client.InvokeAsync("SubmitAnswer", 1, new[] { first });
        await table.Players[1].Client.InvokeAsync("SubmitAnswer", 1, new[] { first });
        var results = await table.RevealAsync();

        var reveal = table.Host.Received.Last(m => m.Target == "QuestionClosed").Argument;
        Assert.Empty(reveal.GetProperty("correctOptionIds").EnumerateArray());
        Assert.Equal([2, 0], reveal.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("count").GetInt32()));
        Assert.All(reveal.GetProperty("distribution").EnumerateArray(), d => Assert.False(d.GetProperty("isCorrect").GetBoolean()));
        Assert.False(string.IsNullOrEmpty(reveal.GetProperty("revealPayload").GetProperty("explanation").GetString()));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(0, results[i].GetProperty("points").GetInt32());
            Assert.Equal(TotalScore(before[i]), TotalScore(results[i]));
        }
    }

    private static int TotalScore(JsonElement result) => result.GetProperty("totalScore").GetInt32();

    public async Task DisposeAsync()
    {
        await table.DisposeAsync();
        await factory.DisposeAsync();
    }
}
