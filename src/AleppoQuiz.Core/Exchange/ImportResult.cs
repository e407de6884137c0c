using AleppoQuiz.Core.QuestionBank;

namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// An imported quiz and what the import left out. Files from Moodle or Kahoot mix question kinds freely; one essay
/// among twenty multiple-choice questions must not cost the teacher the other nineteen, so a question of a kind we
/// cannot play is left out whole and named here (<see cref="ImportNote.Skipped"/>), never half-imported; what was
/// dropped from a question that did come in (an image) is named too.
/// </summary>
public sealed record ImportResult(Quiz Quiz, IReadOnlyList<ImportNote> Notes)
{
    public IEnumerable<ImportNote> Skipped => Notes.Where(n => n.Skipped);
}

/// <summary>Where in the file (a line or an element path) something was left out, why, and whether it was a whole question.</summary>
public sealed record ImportNote(string Location, string Message, bool Skipped)
{
    public override string ToString() => $"{Location}: {(Skipped ? "not imported" : "changed")}: {Message}";

    public static ImportNote SkippedBecause(ExchangeFormatException refusal) => new(refusal.Location ?? "", refusal.Reason, Skipped: true);
}
