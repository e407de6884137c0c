namespace AleppoQuiz.Core.Game;

/// <summary>
/// How long a question is shown before answering opens. The default gives 3 s to any prompt of up to 40
/// characters, then 20 ms for every further character, never more than 5 s (so 140 characters or more get 5 s):
/// short prompts keep the game brisk while long claims can still be read aloud in a classroom.
/// </summary>
public sealed record ReadingTimePolicy
{
    public static ReadingTimePolicy ScaledByPromptLength { get; } = new();

    public TimeSpan Minimum { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan Maximum { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Characters covered by <see cref="Minimum"/> alone.</summary>
    public int FreeCharacters { get; init; } = 40;

    public TimeSpan PerExtraCharacter { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>The same reading time for every question; <see cref="TimeSpan.Zero"/> opens answering at once.</summary>
    public static ReadingTimePolicy Fixed(TimeSpan duration) =>
        new() { Minimum = duration, Maximum = duration, PerExtraCharacter = TimeSpan.Zero };

    public TimeSpan For(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var extra = Math.Max(0, prompt.Trim().Length - FreeCharacters);
        var scaled = Minimum + (PerExtraCharacter * extra);
        return scaled > Maximum ? Maximum : scaled;
    }
}
