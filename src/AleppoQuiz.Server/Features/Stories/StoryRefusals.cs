using AleppoQuiz.Core.Game;

namespace AleppoQuiz.Server.Features.Stories;

/// <summary>Every way reading a story and accepting its drafted questions say no.</summary>
internal static class StoryRefusals
{
    public static Refusal ArticlesNotFound { get; } =
        new(RefusalKind.NotFound, "story-articles-not-found", "One or more of those articles do not exist or are not yours.");

    public static Refusal DraftNotFound(string id) => new(RefusalKind.NotFound, "draft-not-found", $"There is no draft '{id}' for these articles.");

    public static Refusal DraftInvalid(IEnumerable<string> problems) => new(RefusalKind.Invalid, "draft-invalid", string.Join(" ", problems));
}
