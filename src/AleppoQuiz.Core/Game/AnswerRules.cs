namespace AleppoQuiz.Core.Game;

/// <summary>Checks an answer's shape and works out its credit (1 = fully correct, 0 = wrong).</summary>
internal static class AnswerRules
{
    /// <summary>The refusal code and sentence for the submitted ids, or null when they form a well-shaped answer.</summary>
    public static (string Code, string Message)? FindProblem(GameQuestion question, IReadOnlyList<int>? optionIds, string? text)
    {
        var problem = FindShapeProblem(question, optionIds, text);
        if (problem is not null)
        {
            return (RefusalCodes.InvalidOption, problem);
        }

        return question.Kind == QuestionKind.FindEvidence && !EvidenceOverlap.IsOneRun(optionIds!)
            ? (RefusalCodes.SelectionNotOneRun, "Select one unbroken run of words: from a first word to a last word, skipping none.")
            : null;
    }

    private static string? FindShapeProblem(GameQuestion question, IReadOnlyList<int>? optionIds, string? text)
    {
        if (question.Kind == QuestionKind.TypeAnswer)
        {
            return string.IsNullOrWhiteSpace(text) ? "Type an answer before submitting."
                : text.Length > TypedAnswerMatcher.MaxLength ? $"Keep the answer under {TypedAnswerMatcher.MaxLength} characters."
                : null;
        }

        if (optionIds is null || optionIds.Count == 0)
        {
            return question.Kind == QuestionKind.FindEvidence ? "Select the words before submitting." : "Choose an option before submitting.";
        }

        var seen = new bool[question.OptionCount];
        foreach (var id in optionIds)
        {
            if (id < 0 || id >= question.OptionCount)
            {
                return $"Option {id} does not exist for this question.";
            }

            if (seen[id])
            {
                return $"Option {id} was chosen more than once.";
            }

            seen[id] = true;
        }

        return question.Kind switch
        {
            QuestionKind.Single or QuestionKind.TrueFalse or QuestionKind.Poll when optionIds.Count != 1 => "Choose exactly one option.",
            QuestionKind.Order when optionIds.Count != question.OptionCount =>
                "Place every option exactly once.",
            _ => null,
        };
    }

    /// <summary>Credit for a well-shaped answer; see docs/scoring.md for the multi-select rule.</summary>
    public static decimal Credit(GameQuestion question, bool[] isCorrectOption, int[] optionIds, string? text)
    {
        switch (question.Kind)
        {
            case QuestionKind.TypeAnswer:
                return TypedAnswerMatcher.Matches(text ?? "", question.AcceptedAnswers) ? 1m : 0m;
            case QuestionKind.Poll:
                return 0m;
            case QuestionKind.Order:
                for (var position = 0; position < optionIds.Length; position++)
                {
                    if (question.CorrectOptionIds[position] != optionIds[position])
                    {
                        return 0m;
                    }
                }

                return 1m;
            case QuestionKind.FindEvidence:
                return EvidenceOverlap.Credit(optionIds, question.CorrectOptionIds);
            case QuestionKind.Multi:
                var right = optionIds.Count(id => isCorrectOption[id]);
                var wrong = optionIds.Length - right;
                return Math.Max(0, right - wrong) / (decimal)question.CorrectOptionIds.Count;
            default:
                return isCorrectOption[optionIds[0]] ? 1m : 0m;
        }
    }

    /// <summary>
    /// Display order for a question's options, drawn once per game and question and shared by the projector and
    /// every phone, so a shape means one option for the whole class. Authors tend to write the key first; a
    /// uniform shuffle makes its position carry no information. A pinned question keeps its authored order, and
    /// an order question is never shown already solved. A passage's words are text to read, so never shuffled.
    /// </summary>
    public static int[] DisplayOrder(GameQuestion question, IRandomSource random)
    {
        var order = Enumerable.Range(0, question.OptionCount).ToArray();
        if ((question.KeepOrder && question.Kind != QuestionKind.Order)
            || question.Kind is QuestionKind.TypeAnswer or QuestionKind.FindEvidence)
        {
            return order;
        }

        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        if (question.Kind == QuestionKind.Order && order.SequenceEqual(question.CorrectOptionIds))
        {
            // Rotating by one keeps the draw count fixed (so replay stays aligned) and can never be the solution.
            order = [.. order.Skip(1), order[0]];
        }

        return order;
    }
}
