namespace AleppoQuiz.Server.Data;

/// <summary>A teacher's account: signs in to author quizzes, host games and read reports.</summary>
public sealed class Teacher
{
    public required string Id { get; set; }
    public required string Email { get; set; }
    /// <summary>Upper-cased e-mail, so one address cannot register twice in different cases.</summary>
    public required string NormalizedEmail { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public bool IsAdministrator { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Only an approved account sees answers; a new one waits for an administrator unless invited.</summary>
    public AccountStatus Status { get; set; }
}

/// <summary>Where an account stands with the administrators. Stored by name.</summary>
public enum AccountStatus
{
    Pending,
    Approved,
    Refused,
}
