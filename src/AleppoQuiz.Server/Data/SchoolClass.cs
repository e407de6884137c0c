namespace AleppoQuiz.Server.Data;

/// <summary>
/// A teacher's class: a name, a short code the students type to see their roster, and the roster itself.
/// Nicknames do not carry from one game to the next; a roster student does, which is what lets reports follow
/// one student across games.
/// </summary>
public sealed class SchoolClass
{
    public required string Id { get; set; }
    public required string OwnerId { get; set; }
    public required string Name { get; set; }
    /// <summary>Short, upper-case, unique across classes; shown to the class, never to other classes.</summary>
    public required string Code { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<ClassStudent> Students { get; set; } = [];
}

/// <summary>One name on a class roster.</summary>
public sealed class ClassStudent
{
    public required string Id { get; set; }
    public required string ClassId { get; set; }
    /// <summary>Also the student's name in games, so it follows the nickname rules (1–20 characters).</summary>
    public required string Name { get; set; }
    public int Position { get; set; }
    /// <summary>
    /// Set when the teacher takes the name off the roster. The row stays so that past games keep their student:
    /// a removed student no longer appears when joining, but still appears in old reports.
    /// </summary>
    public DateTimeOffset? RemovedAt { get; set; }
}
