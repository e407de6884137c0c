namespace AleppoQuiz.Core.Articles;

/// <summary>A line the cleaner dropped from a raw story, and which rule dropped it.</summary>
/// <param name="LineNumber">Position in the raw file, counting from 1.</param>
/// <param name="Text">The line as it stood (trimmed).</param>
/// <param name="Reason">A short human-readable name of the rule, e.g. "boilerplate: browser banner".</param>
public sealed record RemovedLine(int LineNumber, string Text, string Reason);
