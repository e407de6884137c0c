namespace AleppoQuiz.Core.Game;

/// <summary>How a question is answered and therefore how an answer is checked and scored.</summary>
public enum QuestionKind
{
    /// <summary>Pick exactly one option; any option listed as correct earns full credit.</summary>
    Single,

    /// <summary>Pick one or more options; partial credit is possible (see docs/scoring.md).</summary>
    Multi,

    /// <summary>Two options, exactly one of them correct.</summary>
    TrueFalse,

    /// <summary>Arrange every option; only the exact correct sequence earns credit.</summary>
    Order,
}
