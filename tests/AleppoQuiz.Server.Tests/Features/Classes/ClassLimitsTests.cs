using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Authoring;
using AleppoQuiz.Server.Features.Classes;

namespace AleppoQuiz.Server.Tests.Features.Classes;

/// <summary>Oversized classes and quizzes sent straight to the API are refused whole, each with a code.</summary>
public sealed class ClassLimitsTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>
{
    [Fact]
    public async Task A_roster_of_ten_thousand_students_is_refused()
    {
        var teacher = await SignedInTeacher.CreateAsync(factory);
        var roster = Enumerable.Range(1, 10_000).Select(n => $"Student {n}").ToArray();

        var response = await teacher.PostAsJsonAsync("/api/classes", new ClassInput("Everyone", roster));

        Assert.Equal("too-many-students", await CodeAsync(response));
        Assert.Empty((await teacher.GetFromJsonAsync<ClassSummary[]>("/api/classes"))!);
    }

    [Fact]
    public async Task A_megabyte_class_name_is_refused() =>
        Assert.Equal("text-too-long", await CodeAsync(
            await (await SignedInTeacher.CreateAsync(factory)).PostAsJsonAsync("/api/classes", new ClassInput(new string('x', 1 << 20), null))));

    [Fact]
    public async Task A_megabyte_quiz_title_is_refused() =>
        Assert.Equal("text-too-long", await CodeAsync(
            await (await SignedInTeacher.CreateAsync(factory)).PostAsJsonAsync("/api/quizzes", new QuizInput(new string('x', 1 << 20), null))));

    [Fact]
    public async Task A_question_with_a_thousand_options_is_refused_before_it_is_checked()
    {
        var teacher = await SignedInTeacher.CreateAsync(factory);
        var options = Enumerable.Range(0, 1_000).Select(i => new OptionInput($"Option {i}", i == 0)).ToArray();
        var question = new QuestionInput("single", "who-said-it", "easy", 20, null, "Who said it?", options, "Because.", []);

        Assert.Equal("too-many-options", await CodeAsync(await teacher.PostAsJsonAsync("/api/questions/check", question)));
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("code").GetString();
    }
}
