namespace AleppoQuiz.Server.Features.Stories;

/// <summary>The claims map of a story: who said what in which outlet, and where the outlets disagree.</summary>
public sealed record ClaimsMap(
    IReadOnlyList<StoryArticleInfo> Articles,
    IReadOnlyList<StatementInfo> Statements,
    IReadOnlyList<FigureConflictInfo> FigureConflicts,
    IReadOnlyList<ContradictionInfo> Contradictions,
    IReadOnlyList<SpellingGroupInfo> Spellings);

public sealed record StoryArticleInfo(string Id, string Outlet, string Title);

/// <summary>One attributed statement: the canonical speaker, the words as written, and where they stand.</summary>
public sealed record StatementInfo(
    string ArticleId, string Outlet, string? Speaker, string? Source, string Cue, string Content, string Kind, int Start, int End);

public sealed record EvidenceInfo(string ArticleId, string Outlet, string Quote, int Start, int End);

public sealed record FigureInfo(string Outlet, string Value, string? GivenBy, EvidenceInfo Evidence);

public sealed record FigureConflictInfo(string Quantity, bool AllLowerBounds, IReadOnlyList<FigureInfo> Figures);

/// <summary>One statement on one side of a contradiction: the speaker (null when the outlet asserts it) and its words.</summary>
public sealed record ClaimInfo(string Statement, string? Speaker, EvidenceInfo Evidence);

/// <summary>
/// One proposition the sources disagree on, with every statement that affirms it and every one that denies it;
/// <c>DenyingLabel</c> is what the page writes before a denying voice ("No", or "No, pro-government forces did").
/// </summary>
public sealed record ContradictionInfo(string Proposition, string DenyingLabel, IReadOnlyList<ClaimInfo> Affirming, IReadOnlyList<ClaimInfo> Denying);

public sealed record SpellingGroupInfo(IReadOnlyList<SpellingInfo> Spellings);

public sealed record SpellingInfo(string Spelling, IReadOnlyList<string> Outlets, EvidenceInfo FirstUse);

/// <summary>A drafted question in the editor's own shape, so accepting it is one ordinary save.</summary>
public sealed record DraftInfo(string Id, Authoring.QuestionInput Question);

public sealed record AcceptDraft(int Version, IReadOnlyList<string>? Articles);
