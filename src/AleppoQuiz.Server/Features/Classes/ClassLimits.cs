using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Classes;

/// <summary>
/// How large a class may be: far above any real class (a school year in one list still fits) and small enough
/// that a roster page, a class-code lookup and a report stay quick.
/// </summary>
internal static class ClassLimits
{
    public const int MaxStudents = 300;
    public const int MaxNameLength = 100;

    public const string TooManyStudents = "too-many-students";
    public const string NameTooLong = "text-too-long";

    /// <summary>The refusal for a class name or a roster size over the limits, or null when both are within them.</summary>
    public static Refusal? Check(string? name, int students) =>
        name is not null && name.Trim().Length > MaxNameLength
            ? ClassRefusals.TooLarge(NameTooLong, $"A class name can be at most {MaxNameLength} characters.")
            : students > MaxStudents
                ? ClassRefusals.TooLarge(TooManyStudents, $"A class can have at most {MaxStudents} students on its roster; split it into two classes.")
                : null;
}
