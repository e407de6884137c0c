using AleppoQuiz.Core.Articles;
using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;

namespace AleppoQuiz.Server.QuestionBank;

/// <summary>Converts the bank's domain records into stored rows and back.</summary>
internal static class BankMapping
{
    public static StoredArticle ToStored(ArticleDocument article, string hash, string origin = ContentOrigin.Bank, string? ownerId = null) => new()
    {
        Id = article.Id,
        Outlet = article.Outlet,
        WireCredit = article.WireCredit,
        Date = article.Date,
        Title = article.Title,
        TitleSource = article.TitleSource,
        Url = article.Url,
        OriginalFile = article.OriginalFile,
        Text = article.Text,
        CaptionParagraphs = article.CaptionParagraphs.Count == 0 ? null : string.Join(' ', article.CaptionParagraphs),
        CreditLineParagraph = article.CreditLineParagraph,
        Origin = origin,
        OwnerId = ownerId,
        ContentHash = hash,
    };

    /// <summary>A stored article as the validator reads it.</summary>
    public static ArticleDocument ToDocument(StoredArticle article) => new()
    {
        Id = article.Id,
        Outlet = article.Outlet,
        WireCredit = article.WireCredit,
        Date = article.Date,
        Title = article.Title,
        TitleSource = article.TitleSource,
        Url = article.Url,
        OriginalFile = article.OriginalFile,
        Text = article.Text,
        CaptionParagraphs = article.CaptionParagraphs?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray() ?? [],
        CreditLineParagraph = article.CreditLineParagraph,
    };

    public static StoredQuiz ToStored(Quiz quiz, string hash) => new()
    {
        Id = quiz.Id,
        Title = quiz.Title,
        Description = quiz.Description,
        Origin = ContentOrigin.Bank,
        ContentHash = hash,
        Questions = quiz.Questions.Select((q, i) => ToStored(q, quiz.Id, i)).ToList(),
    };

    // A type-answer question keeps its accepted answers as option rows marked correct, in order, so that the
    // table that holds a question's answers holds them for every kind. Likewise a find-the-evidence question keeps
    // its passage as its last evidence row: it is a quote of an article like the others, and the article it
    // quotes must not be deleted from under it either.
    public static Question ToQuestion(StoredQuestion stored)
    {
        var type = Enum.Parse<QuestionType>(stored.Type);
        var rows = stored.Options.OrderBy(o => o.Position).ToArray();
        var options = type == QuestionType.TypeAnswer ? [] : rows.Select(o => new QuestionOption(o.Text, o.Correct)).ToArray();
        var quotes = stored.Evidence.OrderBy(e => e.Position).Select(e => new Evidence(e.ArticleId, e.Quote, e.Start, e.End)).ToArray();
        var passage = type == QuestionType.FindEvidence && quotes.Length > 0 ? quotes[^1] : null;
        return ToQuestion(stored, type, options, type == QuestionType.TypeAnswer ? rows.Select(o => o.Text).ToArray() : []) with
        {
            Evidence = passage is null ? quotes : quotes[..^1],
            Passage = passage,
        };
    }

    private static Question ToQuestion(StoredQuestion stored, QuestionType type, QuestionOption[] options, string[] accepted) => new()
    {
        Id = stored.Id,
        Type = type,
        Skill = stored.Skill,
        Difficulty = Enum.Parse<Difficulty>(stored.Difficulty),
        TimeLimitSeconds = stored.TimeLimitSeconds,
        Points = stored.Points,
        Prompt = stored.Prompt,
        ShortPrompt = stored.ShortPrompt,
        Explanation = stored.Explanation,
        Options = options,
        AcceptedAnswers = accepted,
        KeepOrder = stored.KeepOrder,
        Evidence = [],
    };

    public static StoredQuestion ToStored(Question question, string quizId, int position) => new()
    {
        Id = question.Id,
        QuizId = quizId,
        Position = position,
        Type = question.Type.ToString(),
        Skill = question.Skill,
        Difficulty = question.Difficulty.ToString(),
        TimeLimitSeconds = question.TimeLimitSeconds,
        Points = question.Points,
        Prompt = question.Prompt,
        ShortPrompt = question.ShortPrompt,
        Explanation = question.Explanation,
        KeepOrder = question.KeepOrder,
        Options = question.Options
            .Concat(question.AcceptedAnswers.Select(a => new QuestionOption(a, Correct: true)))
            .Select((o, i) => new StoredOption { QuestionId = question.Id, Position = i, Text = o.Text, Correct = o.Correct })
            .ToList(),
        Evidence = question.Evidence.Concat(question.Passage is { } passage ? [passage] : [])
            .Select((e, i) => new StoredEvidence { QuestionId = question.Id, Position = i, ArticleId = e.ArticleId, Quote = e.Quote, Start = e.Start, End = e.End })
            .ToList(),
    };
}
