using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Accounts;
using AleppoQuiz.Server.Tests.Features.Live;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Server.Tests.Features.Accounts;

/// <summary>
/// Signing up does not open the answer keys: an account outside the open domains waits for an administrator, sees
/// no answers meanwhile and is told why, and an administrator approves or refuses it.
/// </summary>
public sealed class AccountApprovalTests(ApprovalServerFactory factory) : IClassFixture<ApprovalServerFactory>
{
    [Fact]
    public async Task An_account_awaiting_approval_signs_in_but_sees_no_answers_and_is_told_why()
    {
        var (pending, _) = await RegisterPendingAsync();

        var me = await pending.GetFromJsonAsync<AccountInfo>("/api/account/me");
        var quiz = await pending.GetAsync("/api/quizzes/who-said-it");
        var export = await pending.GetAsync("/api/quizzes/who-said-it/export/gift");
        var list = await pending.GetStringAsync("/api/quizzes");

        Assert.Equal("pending", me!.Status);
        await AssertPendingAsync(quiz);
        await AssertPendingAsync(export);
        // The quiz list it may see names the quizzes and nothing of their answers.
        Assert.Contains("who-said-it", list, StringComparison.Ordinal);
        foreach (var answerField in new[] { "correct", "explanation", "evidence", "quote", "options", "acceptedAnswers" })
        {
            Assert.DoesNotContain($"\"{answerField}", list, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task An_account_awaiting_approval_cannot_host_a_game()
    {
        var (_, cookie) = await RegisterPendingAsync();
        await using var host = await GameClient.ConnectAsync(factory, cookie);

        var refused = await Assert.ThrowsAsync<HubException>(() => host.InvokeAsync("CreateGame", "who-said-it"));

        Assert.Equal(AccountMessages.PendingCode, refused.Code);
    }

    [Fact]
    public async Task An_administrator_lists_and_approves_a_pending_account_which_then_sees_answers_without_signing_in_again()
    {
        var (pending, _) = await RegisterPendingAsync("Rana Saleh");
        var admin = await factory.SignedInAdministratorAsync();

        var waiting = await admin.GetFromJsonAsync<AccountSummary[]>("/api/admin/accounts");
        var rana = Assert.Single(waiting!, a => a.DisplayName == "Rana Saleh");
        var approved = await admin.PostAsync($"/api/admin/accounts/{rana.Id}/approve", null);

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.DoesNotContain(await admin.GetFromJsonAsync<AccountSummary[]>("/api/admin/accounts") ?? [], a => a.Id == rana.Id);
        var quiz = await pending.GetFromJsonAsync<JsonElement>("/api/quizzes/who-said-it");
        Assert.True(quiz.GetProperty("questions")[0].GetProperty("evidence").GetArrayLength() > 0);
        Assert.Equal("approved", (await pending.GetFromJsonAsync<AccountInfo>("/api/account/me"))!.Status);
    }

    [Fact]
    public async Task A_refused_account_is_signed_out_and_told_so_when_it_signs_in_again()
    {
        var (pending, _) = await RegisterPendingAsync("Omar Haddad");
        var admin = await factory.SignedInAdministratorAsync();
        var omar = (await admin.GetFromJsonAsync<AccountSummary[]>("/api/admin/accounts"))!.Single(a => a.DisplayName == "Omar Haddad");

        (await admin.PostAsync($"/api/admin/accounts/{omar.Id}/refuse", null)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.Unauthorized, (await pending.GetAsync("/api/account/me")).StatusCode);
        var again = await factory.NewClient().PostAsJsonAsync("/api/account/login", new SignInRequest(omar.Email, SignedInTeacher.Password));
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
        Assert.Equal(AccountMessages.RefusedCode, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_administrators_reach_the_approval_list_and_invitations()
    {
        var teacher = await SignedInTeacher.CreateAsync(factory);
        var (pending, _) = await RegisterPendingAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync("/api/admin/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostAsJsonAsync("/api/admin/invitations", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await pending.GetAsync("/api/admin/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().GetAsync("/api/admin/accounts")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_be_refused()
    {
        var admin = await factory.SignedInAdministratorAsync();
        var me = (await admin.GetFromJsonAsync<AccountInfo>("/api/account/me"))!;

        var response = await admin.PostAsync($"/api/admin/accounts/{me.Id}/refuse", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/quizzes/who-said-it")).StatusCode);
    }

    private async Task<(HttpClient Client, string Cookie)> RegisterPendingAsync(string name = "New Teacher")
    {
        var cookies = new CookieContainer();
        var client = factory.CreateDefaultClient(new Uri("http://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
        await SignedInTeacher.RegisterAndSignInAsync(client, $"teacher.{Guid.NewGuid():N}@elsewhere.example", name);
        await SignedInTeacher.AddAntiforgeryHeaderAsync(client);
        return (client, cookies.GetCookieHeader(new Uri("http://localhost")));
    }

    private static async Task AssertPendingAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(AccountMessages.PendingCode, JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.Contains("approval", body, StringComparison.Ordinal);
        Assert.DoesNotContain("explanation", body, StringComparison.OrdinalIgnoreCase);
    }
}
