using System.Net.Mail;

namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>
/// What a registration must hold. Every field is checked at once, so a page can mark each missing or wrong field
/// in one go rather than one per attempt.
/// </summary>
internal static class RegistrationRules
{
    public const int MinPasswordLength = 10;
    public const int MaxNameLength = 60;

    /// <summary>Problems by field (<c>email</c>, <c>password</c>, <c>displayName</c>); empty when the details are fine.</summary>
    public static Dictionary<string, string[]> Check(RegisterRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var email = request.Email?.Trim() ?? "";
        if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            errors["email"] = [AccountMessages.EmailInvalid];
        }

        if ((request.Password?.Length ?? 0) < MinPasswordLength)
        {
            errors["password"] = [AccountMessages.PasswordTooShort];
        }

        if ((request.DisplayName?.Trim().Length ?? 0) is 0 or > MaxNameLength)
        {
            errors["displayName"] = [AccountMessages.NameInvalid];
        }

        return errors;
    }
}

/// <summary>
/// <c>Accounts:OpenSignUpDomains</c>: e-mail domains (comma-separated, e.g. <c>school.example, other.example</c>)
/// whose teachers are approved as they register. Empty by default: every new account waits for an administrator.
/// </summary>
internal sealed class AccountOptions
{
    public const string Section = "Accounts";

    public string OpenSignUpDomains { get; set; } = "";

    public bool OpensSignUpFor(string email)
    {
        var domain = email[(email.LastIndexOf('@') + 1)..];
        return OpenSignUpDomains
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(open => string.Equals(open.TrimStart('@'), domain, StringComparison.OrdinalIgnoreCase));
    }
}
