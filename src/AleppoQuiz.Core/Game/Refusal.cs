namespace AleppoQuiz.Core.Game;

/// <summary>Why a command did not change the game: a <see cref="RefusalCodes"/> value plus a sentence for people.</summary>
public sealed record Refusal(string Code, string Message);
