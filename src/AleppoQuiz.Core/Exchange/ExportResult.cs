namespace AleppoQuiz.Core.Exchange;

/// <summary>
/// An exported file and what the export had to leave out or change. A format that cannot hold a question (Kahoot
/// takes at most four answers) still produces a file for the rest, and says which questions are missing so that
/// the teacher is never surprised by a shorter quiz.
/// </summary>
public sealed record ExportResult(byte[] Content, string FileName, string MediaType, IReadOnlyList<ExportNote> Notes)
{
    public IEnumerable<string> SkippedQuestionIds => Notes.Where(n => n.Skipped).Select(n => n.QuestionId);
}

/// <summary>One question the export dropped (<see cref="Skipped"/>) or changed, and why.</summary>
public sealed record ExportNote(string QuestionId, string Message, bool Skipped)
{
    public override string ToString() => $"{QuestionId}: {(Skipped ? "not exported" : "changed")}: {Message}";
}

/// <summary>What a writer produced, before <see cref="QuizExchange"/> names the file.</summary>
internal sealed record CodecOutput(byte[] Content, IReadOnlyList<ExportNote> Notes)
{
    public static CodecOutput Utf8(string text, IReadOnlyList<ExportNote>? notes = null) =>
        new(System.Text.Encoding.UTF8.GetBytes(text), notes ?? []);
}
