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
}
