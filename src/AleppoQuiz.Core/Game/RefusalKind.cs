namespace AleppoQuiz.Core.Game;

/// <summary>
/// What sort of "no" a <see cref="Refusal"/> is. Callers over HTTP learn it as the status code, so the kind is chosen
/// where the refusal is made, never guessed later from its wording.
/// </summary>
public enum RefusalKind
{
    /// <summary>The request itself is wrong: a missing field, a malformed value, an option that does not exist.</summary>
    Invalid,

    /// <summary>Nobody is signed in, or the credentials are wrong.</summary>
    Unauthenticated,

    /// <summary>The caller is known but may not do this.</summary>
    Forbidden,

    /// <summary>There is no such thing, or none the caller may see.</summary>
    NotFound,

    /// <summary>The request is fine but the state it meets does not allow it now (already done, changed meanwhile).</summary>
    Conflict,

    /// <summary>It was there once and is no more (an expired link, a passed deadline).</summary>
    Gone,

    /// <summary>The content is larger than the server takes.</summary>
    TooLarge,

    /// <summary>The content is of a type the server does not read.</summary>
    UnsupportedType,

    /// <summary>The caller must slow down.</summary>
    TooMany,
}
