namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>
/// Every sentence the account endpoints say to people, with the codes pages react to, kept together so they can be
/// translated in one place.
/// </summary>
internal static class AccountMessages
{
    public const string PendingCode = "account-pending";
    public const string RefusedCode = "account-refused";
    public const string InvalidRegistrationCode = "invalid-registration";
    public const string InvalidInvitationCode = "invitation-invalid";
    public const string ThrottledCode = "sign-in-throttled";
    public const string WrongCredentialsCode = "wrong-credentials";
    public const string UnknownAccountCode = "account-not-found";
    public const string AdministratorKeptCode = "administrator-kept";

    public const string Pending =
        "Your account is waiting for an administrator's approval. Until then you can sign in, but you cannot see answers, host games or export quizzes.";
    public const string Refused = "An administrator has not approved this account. Ask them if you think this is a mistake.";
    public const string Registered =
        "Thank you. Sign in with this e-mail address and password. A new account can be used once an administrator approves it, unless you registered with an invitation.";
    public const string EmailInvalid = "Enter a valid e-mail address.";
    public const string NameInvalid = "Enter your name as students should see it (1 to 60 characters).";
    public static readonly string PasswordTooShort = $"Choose a password of at least {RegistrationRules.MinPasswordLength} characters.";
    public const string RegistrationIncomplete = "Some details are missing or not valid.";
    public const string InvitationInvalid =
        "This invitation is unknown, already used or expired. Ask your administrator for a new one, or register without it.";
    public const string WrongCredentials = "The e-mail address or the password is wrong.";
    public const string Throttled = "Too many wrong passwords from here. Wait a moment before you try again.";
    public const string UnknownAccount = "There is no such account.";
    public const string AdministratorKept = "Administrators cannot be refused here.";
}
