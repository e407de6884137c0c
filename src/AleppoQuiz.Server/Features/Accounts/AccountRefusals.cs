using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>Every way the account endpoints say no, each with the code its pages and translations key off.</summary>
internal static class AccountRefusals
{
    public static Refusal Pending { get; } = new(RefusalKind.Forbidden, AccountMessages.PendingCode, AccountMessages.Pending);

    public static Refusal Refused { get; } = new(RefusalKind.Forbidden, AccountMessages.RefusedCode, AccountMessages.Refused);

    public static Refusal InvalidRegistration { get; } =
        new(RefusalKind.Invalid, AccountMessages.InvalidRegistrationCode, AccountMessages.RegistrationIncomplete);

    public static Refusal InvalidInvitation { get; } =
        new(RefusalKind.Invalid, AccountMessages.InvalidInvitationCode, AccountMessages.InvitationInvalid);

    public static Refusal Throttled { get; } = new(RefusalKind.TooMany, AccountMessages.ThrottledCode, AccountMessages.Throttled);

    public static Refusal WrongCredentials { get; } =
        new(RefusalKind.Unauthenticated, AccountMessages.WrongCredentialsCode, AccountMessages.WrongCredentials);

    public static Refusal UnknownAccount { get; } = new(RefusalKind.NotFound, AccountMessages.UnknownAccountCode, AccountMessages.UnknownAccount);

    public static Refusal AdministratorKept { get; } =
        new(RefusalKind.Conflict, AccountMessages.AdministratorKeptCode, AccountMessages.AdministratorKept);
}
