using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AleppoQuiz.Server.Features.Accounts;

namespace AleppoQuiz.Server.Tests.Features.Accounts;

/// <summary>An administrator's invitation lets one teacher, from any domain, register already approved, once, in time.</summary>
public sealed class InvitationTests(ApprovalServerFactory factory) : IClassFixture<ApprovalServerFactory>
{
    [Fact]
    public async Task An_invited_teacher_registers_already_approved_through_the_link()
    {
        var invitation = await InviteAsync();
        var code = new Uri(new Uri("http://localhost"), invitation.Link).Query.Split('=')[1];
        var teacher = factory.NewClient();

        await SignedInTeacher.RegisterAndSignInAsync(teacher, Outsider(), "Invited Teacher", code);

        Assert.Equal(invitation.Code, code);
        Assert.Equal("approved", (await teacher.GetFromJsonAsync<AccountInfo>("/api/account/me"))!.Status);
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/api/quizzes/who-said-it")).StatusCode);
    }

    [Fact]
    public async Task An_invitation_works_only_once()
    {
        var invitation = await InviteAsync();
        await SignedInTeacher.RegisterAndSignInAsync(factory.NewClient(), Outsider(), "First", invitation.Code);

        var second = await factory.NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest(Outsider(), SignedInTeacher.Password, "Second", invitation.Code));

        await AssertInvitationRefusedAsync(second);
    }

    [Fact]
    public async Task An_expired_or_made_up_invitation_is_refused_and_creates_no_account()
    {
        var invitation = await InviteAsync(validDays: 1);
        factory.AccountClock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var email = Outsider();

        var expired = await factory.NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest(email, SignedInTeacher.Password, "Late", invitation.Code));
        var madeUp = await factory.NewClient().PostAsJsonAsync("/api/account/register", new RegisterRequest(Outsider(), SignedInTeacher.Password, "Guess", new string('a', 43)));

        await AssertInvitationRefusedAsync(expired);
        await AssertInvitationRefusedAsync(madeUp);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.NewClient().PostAsJsonAsync("/api/account/login", new SignInRequest(email, SignedInTeacher.Password))).StatusCode);
    }

    [Fact]
    public async Task Without_an_invitation_only_the_open_domains_are_approved_at_once()
    {
        var outsider = factory.NewClient();
        var insider = factory.NewClient();

        await SignedInTeacher.RegisterAndSignInAsync(outsider, Outsider(), "Outsider");
        await SignedInTeacher.RegisterAndSignInAsync(insider, $"t.{Guid.NewGuid():N}@SCHOOL.example", "Insider");

        Assert.Equal("pending", (await outsider.GetFromJsonAsync<AccountInfo>("/api/account/me"))!.Status);
        Assert.Equal("approved", (await insider.GetFromJsonAsync<AccountInfo>("/api/account/me"))!.Status);
    }

    private static string Outsider() => $"t.{Guid.NewGuid():N}@elsewhere.example";

    private async Task<InvitationCreated> InviteAsync(int? validDays = null)
    {
        var admin = await factory.SignedInAdministratorAsync();
        var response = await admin.PostAsJsonAsync("/api/admin/invitations", new InvitationRequest(validDays));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<InvitationCreated>())!;
    }

    private static async Task AssertInvitationRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AccountMessages.InvalidInvitationCode, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
