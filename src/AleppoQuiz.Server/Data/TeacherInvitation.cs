namespace AleppoQuiz.Server.Data;

/// <summary>
/// A single-use code an administrator hands to a new teacher, who registers with it already approved. Only a hash
/// of the code is stored, so a copy of the database cannot be used to sign up.
/// </summary>
public sealed class TeacherInvitation
{
    /// <summary>SHA-256 of the code, hex.</summary>
    public required string CodeHash { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    /// <summary>The account the code created; null while it is unused.</summary>
    public string? UsedBy { get; set; }
}
