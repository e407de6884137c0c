using AleppoQuiz.Core.QuestionBank;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AleppoQuiz.Server.Features.Authoring;

/// <summary>
/// Text a teacher types is shown on projectors and phones, and PostgreSQL refuses NUL in text columns: control
/// characters other than line breaks and tabs are refused with a reason instead of failing deep in storage.
/// </summary>
internal static class AuthoringText
{
    public static bool HasControlCharacters(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');

    public static bool AnyHasControlCharacters(params string?[] texts) => texts.Any(HasControlCharacters);

    /// <summary>An edit over one of the <see cref="QuizLimits"/>, refused whole with the limit's code.</summary>
    public static ProblemHttpResult Refused(LimitBreach breach) =>
        Problems.Coded(breach.Code, breach.Message, title: "Too large");
}
