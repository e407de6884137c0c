namespace AleppoQuiz.Core.Game;

/// <summary>
/// What a player may see of a find-the-evidence passage besides its words: whose report it is and how the words
/// fall into paragraphs and sentences. Word ids are indexes into the question's options.
/// </summary>
/// <param name="Outlet">The outlet that published the article, named on screen so the passage is attributed too.</param>
/// <param name="Title">The headline as the outlet published it; null where the article's title was written by an editor.</param>
/// <param name="ParagraphStarts">Ids of the first word of each paragraph, ascending, starting with 0.</param>
/// <param name="SentenceStarts">
/// Ids of the first word of each sentence, ascending, starting with 0; screen readers offer sentences as units.
/// </param>
public sealed record QuestionPassage(
    string Outlet,
    string? Title,
    IReadOnlyList<int> ParagraphStarts,
    IReadOnlyList<int> SentenceStarts);
