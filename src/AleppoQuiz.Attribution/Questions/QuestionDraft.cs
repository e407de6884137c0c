using AleppoQuiz.Attribution.Story;

namespace AleppoQuiz.Attribution.Questions;

public enum QuestionKind
{
    /// <summary>Who said this quotation?</summary>
    WhoSaid,

    /// <summary>Which outlet carried this quotation?</summary>
    WhichOutlet,

    /// <summary>Is this statement attributed to someone or asserted by the reporter?</summary>
    AttributedOrAsserted,

    /// <summary>Which figure did a given source or outlet give?</summary>
    FiguresDisagree,

    /// <summary>Which source said the opposite of another?</summary>
    Contradiction,

    /// <summary>Which spelling names the same place or person?</summary>
    SpellingVariant,

    /// <summary>Which words of this paragraph tell you who said it? The student selects the attribution itself.</summary>
    FindEvidence,
}

/// <summary>
/// A question a teacher can accept, edit or reject: prompt, correct answer, distractors taken from the same
/// story, and the evidence (article id plus exact text) that makes the answer right. A find-the-evidence draft has
/// no distractors: its <see cref="Passage"/> is the paragraph the student reads and its first evidence (also its
/// answer) the words to select; <see cref="Passage"/> is null for every other kind.
/// </summary>
public sealed record QuestionDraft(
    string Id,
    QuestionKind Kind,
    string Prompt,
    string Answer,
    IReadOnlyList<string> Distractors,
    IReadOnlyList<Evidence> Evidence,
    Evidence? Passage = null);
