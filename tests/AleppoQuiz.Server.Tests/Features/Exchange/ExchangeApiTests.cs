using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using AleppoQuiz.Server.Features.Exchange;
using AleppoQuiz.Server.Features.Quizzes;

namespace AleppoQuiz.Server.Tests.Features.Exchange;

public sealed class ExchangeApiTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>, IAsyncLifetime
{
    private HttpClient teacher = null!;

    public async Task InitializeAsync() => teacher = await SignedInTeacher.CreateAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("native")]
    [InlineData("gift")]
    [InlineData("moodle-xml")]
    public async Task A_quiz_exported_and_imported_again_comes_back_whole_and_playable(string format)
    {
        var original = await teacher.GetFromJsonAsync<QuizDetail>("/api/quizzes/who-said-it");
        var file = await teacher.GetByteArrayAsync($"/api/quizzes/who-said-it/export/{format}");

        var response = await ImportAsync(format, file, "quiz" + format);
        var imported = await response.Content.ReadFromJsonAsync<ImportedQuizResult>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(imported!.Problems);
        Assert.Equal(original!.Title, imported.Quiz.Title);
        Assert.Equal(original.Questions.Select(q => (q.Prompt, q.Type, q.Explanation)), imported.Quiz.Questions.Select(q => (q.Prompt, q.Type, q.Explanation)));
        Assert.Equal(original.Questions.Select(q => q.CorrectOptions), imported.Quiz.Questions.Select(q => q.CorrectOptions));
        Assert.Equal(original.Questions.SelectMany(q => q.Evidence).Select(e => (e.Quote, e.Start)), imported.Quiz.Questions.SelectMany(q => q.Evidence).Select(e => (e.Quote, e.Start)));
        Assert.True(imported.Quiz.IsOwn);
    }

    [Fact]
    public async Task A_qti_package_downloads_as_a_zip()
    {
        var response = await teacher.GetAsync("/api/quizzes/who-said-it/export/qti");

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task A_plain_kahoot_sheet_imports_and_lists_the_evidence_still_to_attach()
    {
        var csv = "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\n" +
                  "Who said the evacuations were not over?,Mevlut Cavusoglu,Vladimir Putin,,,20,1\n";

        var response = await ImportAsync("kahoot-csv", Encoding.UTF8.GetBytes(csv), "sheet.csv");
        var imported = await response.Content.ReadFromJsonAsync<ImportedQuizResult>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var problems = Assert.Single(imported!.Problems).Value;
        Assert.Contains(problems, p => p.Contains("evidence", StringComparison.Ordinal));
        var check = await teacher.GetFromJsonAsync<Dictionary<string, string[]>>($"/api/quizzes/{imported.Quiz.Id}/check");
        Assert.Equal(imported.Problems.Keys, check!.Keys);
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_its_line_and_nothing_is_added()
    {
        var before = (await teacher.GetFromJsonAsync<QuizSummary[]>("/api/quizzes"))!.Length;
        var gift = "::q1:: Who said it? {\n=Cavusoglu\n~Putin\n\n::q2:: Unclosed {\n=A\n";

        var response = await ImportAsync("gift", Encoding.UTF8.GetBytes(gift), "broken.gift.txt");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await teacher.GetFromJsonAsync<QuizSummary[]>("/api/quizzes"))!.Length);
    }

    [Fact]
    public async Task An_unknown_format_is_named_in_the_error()
    {
        var response = await teacher.GetAsync("/api/quizzes/who-said-it/export/pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("kahoot-csv", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_whose_key_is_always_the_first_answer_imports_with_a_warning()
    {
        var rows = Enumerable.Range(1, 8).Select(n => $"Question {n}?,Right {n},Wrong {n}a,Wrong {n}b,Wrong {n}c,20,1");
        var csv = "Question,Answer 1,Answer 2,Answer 3,Answer 4,Time limit (sec),Correct answer(s)\n" + string.Join("\n", rows) + "\n";

        var response = await ImportAsync("kahoot-csv", Encoding.UTF8.GetBytes(csv), "keys-first.csv");
        var imported = await response.Content.ReadFromJsonAsync<ImportedQuizResult>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(8, imported!.Quiz.Questions.Count);
        var warning = Assert.Single(imported.Warnings);
        Assert.Contains("A 8, B 0, C 0, D 0 of 8", warning, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> ImportAsync(string format, byte[] bytes, string name)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", name);
        return await teacher.PostAsync($"/api/quizzes/import/{format}", form);
    }
}
