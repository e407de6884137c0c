namespace AleppoQuiz.Core.Game;

/// <summary>
/// The state of the question being played: its timers, display order and running tallies. Tallies are updated
/// per answer in constant time (per option), so nothing here ever loops over players.
/// </summary>
internal sealed class QuestionRound
{
    private readonly int[] distribution;

    // Typed answers grouped by their matching form, each shown as the class first wrote it.
    private readonly Dictionary<string, (string Text, int Count, bool Accepted)> typed = new(StringComparer.Ordinal);

    public QuestionRound(int index, GameQuestion question, int[] optionOrder, PhaseTimer reading)
    {
        Index = index;
        Question = question;
        OptionOrder = optionOrder;
        Reading = reading;
        distribution = new int[question.OptionCount];
        IsCorrectOption = new bool[question.OptionCount];
        foreach (var id in question.CorrectOptionIds)
        {
            IsCorrectOption[id] = true;
        }

        OptionViews = [.. optionOrder.Select(id => new OptionView(id, question.Options[id]))];
    }

    public int Index { get; }

    public GameQuestion Question { get; }

    /// <summary>Option ids in the order players see them.</summary>
    public int[] OptionOrder { get; }

    public bool[] IsCorrectOption { get; }

    public IReadOnlyList<OptionView> OptionViews { get; }

    public PhaseTimer Reading { get; }

    /// <summary>Null until answering opens (and forever if the question is skipped during preview).</summary>
    public PhaseTimer? Answering { get; private set; }

    public QuestionCloseReason? CloseReason { get; private set; }

    public bool IsClosed => CloseReason is not null;

    public int Answered { get; private set; }

    /// <summary>Answers from players who are connected right now; compared with the connected count.</summary>
    public int AnsweredConnected { get; set; }

    public int FullyCorrect { get; private set; }

    /// <summary>Answers with some credit but not full credit.</summary>
    public int PartlyCorrect { get; private set; }

    public IReadOnlyList<int> Distribution => distribution;

    /// <summary>What the class typed, grouped, most common first.</summary>
    public IReadOnlyList<TypedAnswerTally> TypedAnswers =>
    [
        .. typed.Values.Where(t => t.Count > 0)
            .OrderByDescending(t => t.Count).ThenBy(t => t.Text, StringComparer.Ordinal)
            .Select(t => new TypedAnswerTally(t.Text, t.Count, t.Accepted)),
    ];

    /// <summary>The timer that is running (or frozen) in the current phase.</summary>
    public PhaseTimer ActiveTimer => Answering ?? Reading;

    public void OpenAnswering(DateTimeOffset at) => Answering = new PhaseTimer(at, Question.TimeLimit);

    public void Close(QuestionCloseReason reason) => CloseReason = reason;

    public void AddAnswer(int[] optionIds, string? text, decimal credit, bool fromConnectedPlayer) =>
        Tally(optionIds, text, credit, fromConnectedPlayer, +1);

    /// <summary>Takes back a counted answer, when its player is kicked while the question is open.</summary>
    public void RemoveAnswer(int[] optionIds, string? text, decimal credit, bool fromConnectedPlayer) =>
        Tally(optionIds, text, credit, fromConnectedPlayer, -1);

    private void Tally(int[] optionIds, string? text, decimal credit, bool fromConnectedPlayer, int delta)
    {
        if (text is not null)
        {
            var key = TypedAnswerMatcher.Normalize(text);
            var group = typed.TryGetValue(key, out var known) ? known : (Text: text, Count: 0, Accepted: credit == 1m);
            typed[key] = group with { Count = group.Count + delta };
        }

        Answered += delta;
        if (fromConnectedPlayer)
        {
            AnsweredConnected += delta;
        }

        if (credit == 1m)
        {
            FullyCorrect += delta;
        }
        else if (credit > 0m)
        {
            PartlyCorrect += delta;
        }

        var correctSequence = Question.CorrectOptionIds;
        for (var position = 0; position < optionIds.Length; position++)
        {
            var id = optionIds[position];

            // For order questions an option counts where it was placed correctly; otherwise where it was picked.
            if (Question.Kind != QuestionKind.Order || correctSequence[position] == id)
            {
                distribution[id] += delta;
            }
        }
    }
}
