// Limits the server enforces that the forms repeat, so a student or author sees them before sending.

/** The longest typed answer the server takes (TypedAnswerMatcher.MaxLength). */
export const typedAnswerMaxLength = 100;
