using System.Text.Json;
using AleppoQuiz.Server.Features.Classes;
using AleppoQuiz.Server.Features.Practice;
using Microsoft.Playwright;

namespace AleppoQuiz.Server.Tests.Browser;

/// <summary>
/// A teacher signed in inside a browser context, calling the API through that context so that its pages (the
/// report page) share the same cookie. Writes carry the antiforgery header like the teacher pages do.
/// </summary>
internal sealed class ReportsTeacherSession(IPage page, string antiforgeryHeader, string antiforgeryToken)
{
    public IPage Page { get; } = page;

    public static async Task<ReportsTeacherSession> RegisterAsync(BrowserFixture browser)
    {
        var page = await browser.NewPageAsync(1280, 900);
        var email = $"reports.{Guid.NewGuid():N}@school.example";
        var registered = await page.APIRequest.PostAsync("/api/account/register", new() { DataObject = new { email, password = SignedInTeacher.Password, displayName = "Mr Karim" } });
        Assert.True(registered.Ok, $"register answered {registered.Status}");
        var signedIn = await page.APIRequest.PostAsync("/api/account/login", new() { DataObject = new { email, password = SignedInTeacher.Password } });
        Assert.True(signedIn.Ok, $"sign-in answered {signedIn.Status}");
        var token = await ReadAsync<JsonElement>(await page.APIRequest.GetAsync("/api/account/antiforgery"));
        return new ReportsTeacherSession(page, token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString()!);
    }

    public Task<ClassDetail> CreateClassAsync(string name, params string[] students) =>
        PostAsync<ClassDetail>("/api/classes", new ClassInput(name, students));

    public Task<AssignmentView> AssignAsync(string quizId, string? classId) =>
        PostAsync<AssignmentView>("/api/assignments", new AssignmentInput(quizId, classId, null));

    private async Task<T> PostAsync<T>(string path, object body)
    {
        var response = await Page.APIRequest.PostAsync(path, new()
        {
            DataObject = body,
            Headers = new Dictionary<string, string> { [antiforgeryHeader] = antiforgeryToken },
        });
        Assert.True(response.Ok, $"POST {path} answered {response.Status}: {await response.TextAsync()}");
        return await ReadAsync<T>(response);
    }

    public static async Task<T> ReadAsync<T>(IAPIResponse response) =>
        JsonSerializer.Deserialize<T>(await response.TextAsync(), JsonSerializerOptions.Web)!;
}
