using System.Net;
using System.Net.Http.Json;
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

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var email = $"locked.{Guid.NewGuid():N}@school.example";
        await NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest(email, SignedInTeacher.Password, "Lee"));
        var client = NewClient();
        for (var i = 0; i < TeacherAccounts.MaxFailedSignIns; i++)
        {
            await client.PostAsJsonAsync("/api/account/login", new SignInRequest(email, "guess " + i));
        }

        var response = await client.PostAsJsonAsync("/api/account/login", new SignInRequest(email, SignedInTeacher.Password));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
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
    public async Task An_address_registers_only_once_whatever_its_case()
    {
        var email = $"twice.{Guid.NewGuid():N}@school.example";
        await NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest(email, SignedInTeacher.Password, "One"));

        var again = await NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest(email.ToUpperInvariant(), SignedInTeacher.Password, "Two"));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
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
