namespace AleppoQuiz.Core.Game;

/// <summary>
/// Checks that a quiz can be played before a game is created from it. A broken quiz is a content or programming
/// error rather than something a player did, so <see cref="GameSession.Create"/> throws on any problem found here.
/// </summary>
public static class GameQuizValidator
{
    public const int MinOptions = 2;
    public const int MaxOptions = 10;

    /// <summary>The most words a find-the-evidence passage may have: a few paragraphs that still read on a phone.</summary>
    public const int MaxPassageWords = 400;
    public static readonly TimeSpan MaxTimeLimit = TimeSpan.FromMinutes(30);
    public const decimal MaxPointsMultiplier = 10m;

    public static IReadOnlyList<string> Validate(GameQuiz quiz)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        var problems = new List<string>();
        if (quiz.Questions is null || quiz.Questions.Count == 0)
        {
            problems.Add("The quiz has no questions.");
            return problems;
        }

        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < quiz.Questions.Count; i++)
        {
            var question = quiz.Questions[i];
            var where = $"Question {i + 1} ({question.Id})";
            if (string.IsNullOrWhiteSpace(question.Id) || !seenIds.Add(question.Id))
            {
                problems.Add($"{where}: the id is empty or repeated.");
            }

            problems.AddRange(ValidateQuestion(question).Select(problem => $"{where}: {problem}"));
        }

        return problems;
    }

    private static IEnumerable<string> ValidateQuestion(GameQuestion question)
    {
        if (question.Kind == QuestionKind.TypeAnswer)
        {
            if ((question.Options?.Count ?? 0) > 0 || (question.CorrectOptionIds?.Count ?? 0) > 0)
            {
                yield return "a type-answer question has no options.";
            }

            if (question.AcceptedAnswers is null || !question.AcceptedAnswers.Any(a => TypedAnswerMatcher.Normalize(a).Length > 0))
            {
                yield return "a type-answer question needs at least one accepted answer.";
            }
        }

        if (question.Kind == QuestionKind.FindEvidence)
        {
            foreach (var problem in ValidatePassage(question))
            {
                yield return problem;
            }

            yield break;
        }

        if (question.Passage is not null)
        {
            yield return "only a find-the-evidence question has a passage.";
        }

        if (question.Kind == QuestionKind.Poll && (question.CorrectOptionIds?.Count ?? 0) > 0)
        {
            yield return "a poll has no correct option.";
            yield break;
        }

        var count = question.Options?.Count ?? 0;
        if (question.Kind != QuestionKind.TypeAnswer && (count < MinOptions || count > MaxOptions))
        {
            yield return $"needs {MinOptions}–{MaxOptions} options, has {count}.";
            yield break;
        }

        if (question.Kind == QuestionKind.TrueFalse && count != 2)
        {
            yield return "a true/false question has exactly two options.";
        }

        foreach (var problem in ValidateLimits(question))
        {
            yield return problem;
        }

        var correct = question.CorrectOptionIds ?? [];
        if (correct.Any(id => id < 0 || id >= count) || correct.Distinct().Count() != correct.Count)
        {
            yield return "correct option ids must be distinct and name existing options.";
        }
        else if (correct.Count == 0 && question.Kind is not (QuestionKind.Poll or QuestionKind.TypeAnswer))
        {
            yield return "at least one option must be correct.";
        }
        else if (question.Kind == QuestionKind.TrueFalse && correct.Count != 1)
        {
            yield return "a true/false question has exactly one correct option.";
        }
        else if (question.Kind == QuestionKind.Order && correct.Count != count)
        {
            yield return "an order question's correct sequence must list every option once.";
        }
    }

    private static IEnumerable<string> ValidateLimits(GameQuestion question)
    {
        if (question.TimeLimit <= TimeSpan.Zero || question.TimeLimit > MaxTimeLimit)
        {
            yield return $"the time limit must be above zero and at most {MaxTimeLimit.TotalMinutes} minutes.";
        }

        if (question.PointsMultiplier < 0 || question.PointsMultiplier > MaxPointsMultiplier)
        {
            yield return $"the points multiplier must be between 0 and {MaxPointsMultiplier}.";
        }
    }

    // The words are the options, so a passage allows far more of them; the evidence must be one run inside it.
    private static IEnumerable<string> ValidatePassage(GameQuestion question)
    {
        var count = question.Options?.Count ?? 0;
        if (count < MinOptions || count > MaxPassageWords)
        {
            yield return $"a passage needs {MinOptions}–{MaxPassageWords} words, has {count}.";
            yield break;
        }

        foreach (var problem in ValidateLimits(question))
        {
            yield return problem;
        }

        var evidence = question.CorrectOptionIds ?? [];
        if (!EvidenceOverlap.IsOneRun(evidence) || evidence.Any(id => id < 0 || id >= count))
        {
            yield return "the evidence must be one unbroken run of the passage's words.";
        }
        else if (evidence.Count == count)
        {
            yield return "the evidence cannot be the whole passage: there would be nothing to find.";
        }

        if (question.Passage is not { } passage)
        {
            yield return "a find-the-evidence question needs its passage's outlet and layout.";
        }
        else if (!IsLayout(passage.ParagraphStarts, count) || !IsLayout(passage.SentenceStarts, count))
        {
            yield return "paragraph and sentence starts must ascend from word 0 and name existing words.";
        }
    }

    private static bool IsLayout(IReadOnlyList<int>? starts, int wordCount) =>
        starts is { Count: > 0 } && starts[0] == 0 && starts[^1] < wordCount
        && starts.Zip(starts.Skip(1)).All(pair => pair.First < pair.Second);
}
