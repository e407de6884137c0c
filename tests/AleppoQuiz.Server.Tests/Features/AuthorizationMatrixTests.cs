using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Live.Persistence;
using AleppoQuiz.Server.Tests.Features.Authoring;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AleppoQuiz.Server.Tests.Features;

/// <summary>
/// Every endpoint the server maps, checked from the outside: anonymous callers get 401 from everything a teacher
/// uses, and another teacher gets 403 or 404 from everything that names a teacher's quiz, article, class,
/// homework or game. A new endpoint is covered the moment it is mapped; only the list below is let through.
/// </summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    // Open on purpose: signing in, the public quiz list, the lobby's QR code, and what students use with their own
    // link or token (results, homework practice).
    private static readonly string[] Public =
    [
        "POST /api/account/register", "POST /api/account/login", "GET /api/account/antiforgery", "GET /api/quizzes/",
        "GET /api/games/{pin}/qr.svg", "GET /api/results/{gameId}", "GET /openapi/{documentName}.json",
    ];

    private static readonly string[] PublicPrefixes = ["/api/practice/"];

    // What a signed-in account awaiting approval may still do: see itself and sign out.
    private static readonly string[] OwnAccount = ["GET /api/account/me", "POST /api/account/logout"];

    private readonly LiveServerFactory factory = new();
    private readonly Dictionary<string, string> owned = [];

    public async Task InitializeAsync()
    {
        var (owner, cookie) = await SignedInTeacher.CreateWithCookieAsync(factory);
        var quiz = await AuthoringClient.CreateQuizAsync(owner);
        quiz = (await (await AuthoringClient.AddQuestionAsync(owner, quiz, AuthoringClient.WhoSaid())).Content.ReadFromJsonAsync<Server.Features.Quizzes.QuizDetail>())!;
        var article = await Created(owner.PostAsJsonAsync("/api/articles", new { title = "Private story", outlet = "Local Paper", date = "2016-12-16", text = "The council said the bridge would reopen on Monday." }));
        var @class = await Created(owner.PostAsJsonAsync("/api/classes", new { name = "9B", students = new[] { "Ana" } }));
        var homework = await Created(owner.PostAsJsonAsync("/api/assignments", new { quizId = quiz.Id }));
        await using var host = await GameClient.ConnectAsync(factory, cookie);
        var game = await host.InvokeAsync("CreateGame", quiz.Id);
        await factory.Services.GetRequiredService<GameJournal>().FlushAsync();
        var gameId = (await owner.GetFromJsonAsync<JsonElement>("/api/reports/games"))[0].GetProperty("id").GetString()!;

        owned["quiz"] = quiz.Id;
        owned["question"] = quiz.Questions[0].Id;
        owned["article"] = article.GetProperty("article").GetProperty("id").GetString()!;
        owned["class"] = @class.GetProperty("id").GetString()!;
        owned["student"] = @class.GetProperty("students")[0].GetProperty("id").GetString()!;
        owned["assignment"] = homework.GetProperty("id").GetString()!;
        owned["game"] = gameId;
        owned["pin"] = game.GetProperty("pin").GetString()!;
        owned["teacher"] = (await owner.GetFromJsonAsync<JsonElement>("/api/account/me")).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Anonymous_callers_are_turned_away_from_every_teacher_endpoint()
    {
        var anonymous = factory.CreateClient();
        var checkedRoutes = 0;
        foreach (var (method, template, form) in Routes().Where(r => !IsPublic(r)))
        {
            var response = await anonymous.SendAsync(Request(method, template, form));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {template} answered {(int)response.StatusCode}");
            checkedRoutes++;
        }

        Assert.True(checkedRoutes >= 30, $"only {checkedRoutes} routes were checked");
    }

    [Fact]
    public async Task An_account_awaiting_approval_reaches_nothing_but_its_own_account()
    {
        var pending = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        await SignedInTeacher.RegisterAndSignInAsync(pending, $"pending.{Guid.NewGuid():N}@elsewhere.example", "Pending Teacher");
        await SignedInTeacher.AddAntiforgeryHeaderAsync(pending);
        var checkedRoutes = 0;
        foreach (var (method, template, form) in Routes().Where(r => !IsPublic(r) && !OwnAccount.Contains($"{r.Method} {r.Template}")))
        {
            var response = await pending.SendAsync(Request(method, template, form));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {template} answered {(int)response.StatusCode} to an account awaiting approval");
            checkedRoutes++;
        }

        Assert.True(checkedRoutes >= 30, $"only {checkedRoutes} routes were checked");
    }

    [Fact]
    public async Task Another_teacher_cannot_reach_what_a_teacher_owns()
    {
        var other = await SignedInTeacher.CreateAsync(factory, "Other Teacher");
        foreach (var (method, template, form) in Routes().Where(r => !IsPublic(r) && NamesAResource(r.Template)))
        {
            var response = await other.SendAsync(Request(method, template, form));
            Assert.True(
                response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden,
                $"{method} {template} answered {(int)response.StatusCode} to another teacher");
        }
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();

    private IEnumerable<(string Method, string Template, bool Form)> Routes() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (
                m,
                e.RoutePattern.RawText!,
                e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true)));

    // A well-formed request of the kind the endpoint expects, so that only who is asking can make it fail.
    private HttpRequestMessage Request(string method, string template, bool form)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), Fill(template) + "?version=1");
        if (form)
        {
            request.Content = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "file", "x.txt" } };
        }
        else if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(new { version = 1, name = "Renamed", title = "Renamed" });
        }

        return request;
    }

    // A file format in the address is not something a teacher owns; an id of anything is.
    private static bool NamesAResource(string template) =>
        template.Replace("{format}", "", StringComparison.Ordinal).Contains('{', StringComparison.Ordinal);

    private static bool IsPublic((string Method, string Template, bool Form) route) =>
        Public.Contains($"{route.Method} {route.Template}") || PublicPrefixes.Any(p => route.Template.StartsWith(p, StringComparison.Ordinal));

    // Each route parameter is filled with the owning teacher's resource of that kind.
    private string Fill(string template)
    {
        var segments = template.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].StartsWith('{'))
            {
                segments[i] = Value(segments[i].Trim('{', '}'), segments[i - 1], template);
            }
        }

        return string.Join('/', segments);
    }

    private string Value(string name, string previous, string template) => name switch
    {
        "quizId" => owned["quiz"],
        "questionId" => owned["question"],
        "studentId" => owned["student"],
        "assignmentId" => owned["assignment"],
        "gameId" => owned["game"],
        "pin" => owned["pin"],
        "format" => "gift",
        "draftId" => "any-draft",
        "id" when previous == "quizzes" => owned["quiz"],
        "id" when previous == "articles" => owned["article"],
        "id" when previous == "classes" => owned["class"],
        "id" when previous == "games" => owned["game"],
        "id" when previous == "assignments" => owned["assignment"],
        "id" when previous == "accounts" => owned["teacher"],
        _ => throw new InvalidOperationException($"Say which resource fills {{{name}}} in {template}."),
    };

    private static async Task<JsonElement> Created(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
