using System.Net.Http.Json;
using AleppoQuiz.Server.Features.Classes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace AleppoQuiz.Server.Tests.Features.Reports;

/// <summary>
/// A signed-in teacher with both an HTTP client (for classes and reports) and the same cookie for the hub, so the
/// game they host is the one their reports cover.
/// </summary>
internal sealed class ReportTeacher
{
    private ReportTeacher(HttpClient http, string cookie)
    {
        Http = http;
        Cookie = cookie;
    }

    public HttpClient Http { get; }

    /// <summary>The cookie header for a hub connection made outside <see cref="Http"/>.</summary>
    public string Cookie { get; }

    public static async Task<ReportTeacher> CreateAsync(WebApplicationFactory<Program> factory)
    {
        var cookies = new CookieContainerHandler();
        var http = factory.CreateDefaultClient(cookies);
        var email = $"teacher.{Guid.NewGuid():N}@school.example";
        await SignedInTeacher.RegisterAndSignInAsync(http, email, "Ms Haddad");
        await SignedInTeacher.AddAntiforgeryHeaderAsync(http);
        return new ReportTeacher(http, cookies.Container.GetCookieHeader(http.BaseAddress!));
    }

    public async Task<ClassDetail> CreateClassAsync(string name, params string[] students)
    {
        var response = await Http.PostAsJsonAsync("/api/classes", new ClassInput(name, students));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ClassDetail>())!;
    }
}
