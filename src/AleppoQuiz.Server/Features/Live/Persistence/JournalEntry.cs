using AleppoQuiz.Server.Data;

namespace AleppoQuiz.Server.Features.Live.Persistence;

/// <summary>A write the journal owes the database, queued by a game and applied in order in a batch.</summary>
internal abstract record JournalEntry;

internal sealed record GameCreatedEntry(StoredGame Game) : JournalEntry;

internal sealed record CommandEntry(StoredGameCommand Command) : JournalEntry;

internal sealed record PlayerJoinedEntry(StoredGamePlayer Player) : JournalEntry;

/// <summary>The class (or homework) a game was played for; written right after the game itself.</summary>
internal sealed record GameLinkedEntry(StoredGameLink Link) : JournalEntry;

/// <summary>The roster student a player of a class game picked; written right after the player.</summary>
internal sealed record PlayerLinkedEntry(StoredPlayerStudent Link) : JournalEntry;

internal sealed record AnswerAcceptedEntry(StoredGameAnswer Answer) : JournalEntry;

internal sealed record AnswerScoredEntry(
    string GameId, int QuestionIndex, int PlayerId, bool Correct, int Points, long? AnswerTimeMs) : JournalEntry;

/// <summary>The game ended; <paramref name="Abandoned"/> when the server ended it because nobody played on.</summary>
internal sealed record GameEndedEntry(string GameId, DateTimeOffset At, bool Abandoned) : JournalEntry;
