using AleppoQuiz.Core.Articles;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.QuestionBank;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Authoring;

/// <summary>
/// What the signed-in teacher may see and change: the built-in templates (read and copy only) and their own quizzes
/// and articles. The database's owner filter hides everyone else's, so their ids answer as if they did not exist.
/// </summary>
internal sealed class QuizLibrary(QuizDbContext db)
{
    public IQueryable<StoredQuiz> VisibleQuizzes() => db.Quizzes;

    public Task<StoredQuiz?> FindVisibleAsync(string id, CancellationToken ct) =>
        WithQuestions(VisibleQuizzes()).SingleOrDefaultAsync(q => q.Id == id, ct);

    /// <summary>A quiz the teacher owns, tracked for editing; null for templates and others' quizzes.</summary>
    public Task<StoredQuiz?> FindOwnAsync(string id, CancellationToken ct) =>
        WithQuestions(db.Quizzes.Where(q => q.OwnerId != null)).SingleOrDefaultAsync(q => q.Id == id, ct);

    /// <summary>The articles a teacher's evidence may quote, keyed by id, as the validator reads them.</summary>
    public async Task<Dictionary<string, ArticleDocument>> ArticlesAsync(CancellationToken ct)
    {
        var articles = await db.Articles.AsNoTracking().ToListAsync(ct);
        return articles.ToDictionary(a => a.Id, BankMapping.ToDocument);
    }

    public async Task<Dictionary<string, string>> OutletsAsync(CancellationToken ct) =>
        await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Outlet, ct);

    private static IQueryable<StoredQuiz> WithQuestions(IQueryable<StoredQuiz> quizzes) => quizzes
        .Include(q => q.Questions).ThenInclude(q => q.Options)
        .Include(q => q.Questions).ThenInclude(q => q.Evidence)
        .AsSplitQuery();
}
