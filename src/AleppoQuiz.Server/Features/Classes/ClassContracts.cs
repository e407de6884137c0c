namespace AleppoQuiz.Server.Features.Classes;

/// <summary>A new class: its name and, optionally, the roster in the order the teacher typed it.</summary>
public sealed record ClassInput(string? Name, IReadOnlyList<string>? Students);

public sealed record ClassRename(string? Name);

public sealed record StudentInput(string? Name);

public sealed record ClassSummary(string Id, string Name, string Code, int StudentCount, DateTimeOffset CreatedAt);

public sealed record StudentView(string Id, string Name);

/// <summary>A class with its current roster; students taken off the roster are left out.</summary>
public sealed record ClassDetail(string Id, string Name, string Code, DateTimeOffset CreatedAt, IReadOnlyList<StudentView> Students);

/// <summary>
/// What a player sees after typing the class code: the class name and the names to pick from. <c>Taken</c> marks
/// names already playing in this game, so a student can see their name is in use before trying it.
/// </summary>
public sealed record RosterChoice(string ClassName, IReadOnlyList<RosterEntry> Students);

public sealed record RosterEntry(string StudentId, string Name, bool Taken);
