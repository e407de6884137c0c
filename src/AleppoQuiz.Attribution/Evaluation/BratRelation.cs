using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Evaluation;

/// <summary>One gold attribution from a brat file; each role may be discontinuous (several fragments).</summary>
public sealed record BratRelation(
    IReadOnlyList<TextSpan> Source,
    IReadOnlyList<TextSpan> Cue,
    IReadOnlyList<TextSpan> Content);

/// <summary>A brat annotation file: its name (article id plus annotator suffix) and its relations.</summary>
public sealed record BratDocument(string FileName, IReadOnlyList<BratRelation> Relations);
