using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AleppoQuiz.Server.Tests.Features.Accounts;

public sealed class AccountsApiTests(QuizServerFactory factory) : IClassFixture<QuizServerFactory>
{
    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });

    [Fact]
    public async Task A_registered_teacher_is_signed_in_and_can_sign_out()
    {
        var client = await SignedInTeacher.CreateAsync(factory, "Maria Lopez");

        var me = await client.GetFromJsonAsync<AccountInfo>("/api/account/me");
        Assert.Equal("Maria Lopez", me!.DisplayName);
        Assert.False(me.IsAdministrator);
        Assert.Equal("approved", me.Status);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/api/account/logout", null)).StatusCode);
        var signedOut = await client.GetAsync("/api/account/me");
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal("application/problem+json", signedOut.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Signing_in_again_with_the_password_works_and_a_wrong_one_does_not()
    {
        var email = $"sign.in.{Guid.NewGuid():N}@school.example";
        await NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest(email, SignedInTeacher.Password, "Sam"));
        var client = NewClient();

        var wrong = await client.PostAsJsonAsync("/api/account/login", new SignInRequest(email, "not the password"));
        var right = await client.PostAsJsonAsync("/api/account/login", new SignInRequest(email.ToUpperInvariant(), SignedInTeacher.Password));

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/me")).StatusCode);
    }

    [Theory]
    [InlineData("not-an-email", "long enough password", "Ana", HttpStatusCode.BadRequest)]
    [InlineData("ana@school.example", "short", "Ana", HttpStatusCode.BadRequest)]
    [InlineData("ana@school.example", "long enough password", "", HttpStatusCode.BadRequest)]
    public async Task Registration_refuses_bad_details_with_a_reason(string email, string password, string name, HttpStatusCode expected)
    {
        var response = await NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest(email, password, name));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Registering_a_taken_address_answers_exactly_as_a_new_one_and_changes_nothing()
    {
        var email = $"twice.{Guid.NewGuid():N}@school.example";
        var first = await NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest(email, SignedInTeacher.Password, "One"));

        var again = await NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest(email.ToUpperInvariant(), "another long password", "Two"));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(first.StatusCode, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.False(again.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("exist", await again.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var client = NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/account/login", new SignInRequest(email, "another long password"))).StatusCode);
        var me = await (await client.PostAsJsonAsync("/api/account/login", new SignInRequest(email, SignedInTeacher.Password))).Content.ReadFromJsonAsync<AccountInfo>();
        Assert.Equal("One", me!.DisplayName);
    }

    [Fact]
    public async Task An_empty_registration_names_every_missing_field()
    {
        var response = await NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest("", "", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid-registration", problem.GetProperty("code").GetString());
        var fields = problem.GetProperty("errors").EnumerateObject().Select(f => f.Name).Order().ToArray();
        Assert.Equal(["displayName", "email", "password"], fields);
        Assert.All(problem.GetProperty("errors").EnumerateObject(), f => Assert.Single(f.Value.EnumerateArray()));
    }

    [Fact]
    public async Task A_signed_in_write_without_the_antiforgery_header_is_refused()
    {
        var client = await SignedInTeacher.CreateAsync(factory);
        client.DefaultRequestHeaders.Remove("X-CSRF-TOKEN");

        var response = await client.PostAsync("/api/account/logout", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/account/me")).StatusCode);
    }
}
