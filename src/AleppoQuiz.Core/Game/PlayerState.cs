namespace AleppoQuiz.Core.Game;

/// <summary>
/// Everything the engine keeps about one player. The open question's answer is held here, not in a per-question
/// collection, so accepting an answer is constant work whatever the player count.
/// </summary>
internal sealed class PlayerState(int id, string token, string nickname, string nicknameKey)
{
    public int Id { get; } = id;

    public string Token { get; } = token;

    public string Nickname { get; } = nickname;

    public string NicknameKey { get; } = nicknameKey;

    public bool IsConnected { get; set; } = true;

    public bool IsKicked { get; set; }

    public int Score { get; set; }

    public int Streak { get; set; }

    /// <summary>Sum of answer times of answers that earned credit: the first tie-break after score.</summary>
    public TimeSpan CreditedAnswerTime { get; set; }

    public int Rank { get; set; }

    // The answer to the open question, scored on arrival and applied to the totals when the question closes.
    public int AnsweredQuestion { get; private set; } = -1;

    public int[] AnswerOptionIds { get; private set; } = [];

    public string? AnswerText { get; private set; }

    public TimeSpan AnswerElapsed { get; private set; }

    public decimal AnswerCredit { get; private set; }

    public int AnswerPoints { get; private set; }

    // The outcome of the last closed question, for PlayerResult.
    public int ResultQuestion { get; private set; } = -1;

    public bool ResultAnswered { get; private set; }

    public bool ResultCorrect { get; private set; }

    public int ResultPoints { get; private set; }

    public int ResultStreakBonus { get; private set; }

    public decimal ResultCredit { get; private set; }

    public void RecordAnswer(int questionIndex, int[] optionIds, string? text, TimeSpan elapsed, decimal credit, int points)
    {
        AnsweredQuestion = questionIndex;
        AnswerOptionIds = optionIds;
        AnswerText = text;
        AnswerElapsed = elapsed;
        AnswerCredit = credit;
        AnswerPoints = points;
    }

    public void RecordResult(int questionIndex, bool answered, bool correct, int points, int streakBonus, decimal credit = 0m)
    {
        ResultCredit = credit;
        ResultQuestion = questionIndex;
        ResultAnswered = answered;
        ResultCorrect = correct;
        ResultPoints = points;
        ResultStreakBonus = streakBonus;
    }

    public PlayerSummary ToSummary() => new(Id, Nickname, IsConnected, Score);
}
