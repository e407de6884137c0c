namespace AleppoQuiz.Server.Features.Accounts;

/// <summary>A new teacher's details; <see cref="Invitation"/> is the code from an administrator's invitation, if any.</summary>
public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName, string? Invitation = null);

public sealed record SignInRequest(string? Email, string? Password);

/// <summary>
/// The signed-in teacher. <see cref="Status"/> is <c>approved</c>, or <c>pending</c> while an administrator has not
/// approved the account: it can sign in but sees no answers and cannot host.
/// </summary>
public sealed record AccountInfo(string Id, string Email, string DisplayName, bool IsAdministrator, string Status = "approved");

/// <summary>
/// The answer to every well-formed registration, whether or not the address was new, so registering cannot be used
/// to learn which addresses have accounts. The page then signs in with the same details.
/// </summary>
public sealed record RegistrationReceived(string Message);

/// <summary>The token a browser echoes in <see cref="HeaderName"/> on every signed-in write.</summary>
public sealed record AntiforgeryToken(string Token, string HeaderName);

/// <summary>An account as administrators see it in the approval list.</summary>
public sealed record AccountSummary(string Id, string Email, string DisplayName, string Status, DateTimeOffset CreatedAt);

public sealed record InvitationRequest(int? ValidDays);

/// <summary>A new invitation: the code is shown this once (only its hash is kept), with a ready sign-up link.</summary>
public sealed record InvitationCreated(string Code, string Link, DateTimeOffset ExpiresAt);
