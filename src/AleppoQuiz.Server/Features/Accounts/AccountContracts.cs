namespace AleppoQuiz.Server.Features.Accounts;

public sealed record RegisterRequest(string? Email, string? Password, string? DisplayName);

public sealed record SignInRequest(string? Email, string? Password);

public sealed record AccountInfo(string Id, string Email, string DisplayName, bool IsAdministrator);

/// <summary>The token a browser echoes in <see cref="HeaderName"/> on every signed-in write.</summary>
public sealed record AntiforgeryToken(string Token, string HeaderName);
