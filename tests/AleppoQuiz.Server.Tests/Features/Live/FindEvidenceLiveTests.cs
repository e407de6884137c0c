using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Tests.Features.Authoring;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features.Live;

/// <summary>A class plays a find-the-evidence question written in the editor, through the hub to its reveal and report.</summary>
public sealed class FindEvidenceLiveTests : IAsyncLifetime
{
    private const string Evidence = "a security source told AFP.";

    private const string Passage =
        "But on Friday morning it was abruptly suspended, with the government accusing rebels of violating the terms of the deal.\n\n" +
        "\"The evacuation operation has been suspended because the militants failed to respect the conditions of the agreement,\" a security source told AFP.\n\n" +
        "State television said: \"The terrorist groups violated the agreement and tried to smuggle heavy weapons and hostages from east Aleppo.\"";

    private readonly LiveServerFactory factory = new();
    private LiveTable table = null!;
    private HttpClient teacher = null!;

    public async Task InitializeAsync()
    {
        (teacher, var cookie) = await SignedInTeacher.CreateWithCookieAsync(factory);
        var quiz = await AuthoringClient.CreateQuizAsync(teacher, "Find the evidence");
        var question = AuthoringClient.WhoSaid(Evidence) with
        {
            Type = "find-evidence",
            Skill = "who-blamed-whom",
            TimeLimitSeconds = 45,
            Prompt = "AFP quotes someone blaming the militants. Who is the source? Tap the words that name it.",
            Options = [],
            Explanation = "The quote ends with its attribution: a security source, unnamed.",
            Passage = new EvidenceInput("afp", Passage),
        };
        (await AuthoringClient.AddQuestionAsync(teacher, quiz, question)).EnsureSuccessStatusCode();
        table = await LiveTable.OpenAsync(factory, teacher, cookie, quiz.Id, "Ana", "Ben", "Cara");
        await table.Host.InvokeAsync("StartGame");
    }

    [Fact]
    public async Task Players_select_words_the_reveal_is_a_heat_map_with_found_counts_and_nothing_was_told_early()
    {
        await table.OpenQuestionAsync(0);
        var view = table.Players[0].Client.Received.Last(m => m.Target == "AnsweringOpen").Argument;
        var words = view.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("text").GetString()!).ToArray();
        Assert.Equal("find-evidence", view.GetProperty("kind").GetString());
        Assert.Equal("AFP", view.GetProperty("passage").GetProperty("outlet").GetString());
        var paragraphs = view.GetProperty("passage").GetProperty("paragraphStarts").EnumerateArray().Select(p => p.GetInt32()).ToArray();
        Assert.Equal(3, paragraphs.Length);
        Assert.Equal(Passage.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries), words);

        var security = Array.IndexOf(words, "security");
        int[] evidence = [.. Enumerable.Range(security - 1, 5)];
        int[] wholeQuote = [.. Enumerable.Range(paragraphs[1], paragraphs[2] - paragraphs[1])];
        int[] stateTelevision = [.. Enumerable.Range(paragraphs[2], 3)];

        var gap = await Assert.ThrowsAsync<HubException>(() => table.Players[2].Client.InvokeAsync("SubmitAnswer", 0, new[] { evidence[0], evidence[2] }));
        Assert.Equal("selection-not-one-run", gap.Code);
        await table.Players[0].Client.InvokeAsync("SubmitAnswer", 0, evidence.Reverse().ToArray());
        await table.Players[1].Client.InvokeAsync("SubmitAnswer", 0, wholeQuote);
        await table.Players[2].Client.InvokeAsync("SubmitAnswer", 0, stateTelevision);
        var results = await table.RevealAsync();

        Assert.Equal((true, 1.0), (results[0].GetProperty("correct").GetBoolean(), results[0].GetProperty("credit").GetDouble()));
        Assert.False(results[1].GetProperty("correct").GetBoolean());
        Assert.InRange(results[1].GetProperty("points").GetInt32(), 1, 499);
        Assert.Equal(0, results[2].GetProperty("points").GetInt32());

        var reveal = table.Host.Received.Last(m => m.Target == "QuestionClosed").Argument;
        Assert.Equal(evidence, reveal.GetProperty("correctOptionIds").EnumerateArray().Select(i => i.GetInt32()));
        Assert.Equal((1, 1), (reveal.GetProperty("foundCount").GetInt32(), reveal.GetProperty("partlyFoundCount").GetInt32()));
        var heat = reveal.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("count").GetInt32()).ToArray();
        Assert.Equal(2, heat[security]);
        Assert.Equal(1, heat[paragraphs[1]]);
        Assert.Equal(1, heat[paragraphs[2]]);
        Assert.Equal(0, heat[0]);

        // Before the reveal no player was sent anything that marks words as evidence.
        foreach (var player in table.Players)
        {
            var early = player.Client.Wire.Messages.TakeWhile(m => m.Target != "QuestionClosed").ToArray();
            Assert.Contains(early, m => m.Target == "AnsweringOpen");
            Assert.All(early, m => Assert.DoesNotContain("correctOptionIds", m.Text, StringComparison.OrdinalIgnoreCase));
            Assert.All(early, m => Assert.DoesNotContain("isCorrect", m.Text, StringComparison.OrdinalIgnoreCase));
            Assert.All(early, m => Assert.DoesNotContain(Evidence, m.Text, StringComparison.Ordinal));
            Assert.All(early, m => Assert.DoesNotContain("unnamed", m.Text, StringComparison.Ordinal));
        }

        await factory.Services.GetRequiredService<GameJournal>().FlushAsync();
        var game = (await teacher.GetFromJsonAsync<JsonElement>("/api/reports/games"))[0].GetProperty("id").GetString();
        var report = (await teacher.GetFromJsonAsync<JsonElement>($"/api/reports/games/{game}/questions"))[0];
        var findings = report.GetProperty("evidence");
        Assert.Equal((1, 1), (findings.GetProperty("found").GetInt32(), findings.GetProperty("partlyFound").GetInt32()));
        var wrong = findings.GetProperty("commonWrongSelections").EnumerateArray()
            .Select(s => (s.GetProperty("text").GetString(), s.GetProperty("count").GetInt32(), s.GetProperty("partlyFound").GetBoolean()))
            .ToArray();
        Assert.Contains(("State television said:", 1, false), wrong);
        Assert.Contains(wrong, s => s.Item1!.EndsWith(Evidence, StringComparison.Ordinal) && s.Item3);
    }

    public async Task DisposeAsync()
    {
        await table.DisposeAsync();
        await factory.DisposeAsync();
    }
}
