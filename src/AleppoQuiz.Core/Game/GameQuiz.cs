namespace AleppoQuiz.Core.Game;

/// <summary>An ordered list of questions to play. Questions are asked in list order.</summary>
public sealed record GameQuiz(string Title, IReadOnlyList<GameQuestion> Questions);
