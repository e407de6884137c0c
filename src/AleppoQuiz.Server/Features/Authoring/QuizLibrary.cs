using AleppoQuiz.Core.Articles;
using AleppoQuiz.Server.Data;
using AleppoQuiz.Server.QuestionBank;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Features.Authoring;

/// <summary>
/// What one teacher may see and change: the built-in templates (read and copy only) and their own quizzes and
/// articles. Anything else answers as if it did not exist, so ids of other teachers' work reveal nothing.
/// </summary>
internal sealed class QuizLibrary(QuizDbContext db)
{
    public IQueryable<StoredQuiz> VisibleQuizzes(string teacherId) =>
        db.Quizzes.Where(q => q.OwnerId == null || q.OwnerId == teacherId);

    public Task<StoredQuiz?> FindVisibleAsync(string id, string teacherId, CancellationToken ct) =>
        WithQuestions(VisibleQuizzes(teacherId)).SingleOrDefaultAsync(q => q.Id == id, ct);

    /// <summary>A quiz the teacher owns, tracked for editing; null for templates and others' quizzes.</summary>
    public Task<StoredQuiz?> FindOwnAsync(string id, string teacherId, CancellationToken ct) =>
        WithQuestions(db.Quizzes.Where(q => q.OwnerId == teacherId)).SingleOrDefaultAsync(q => q.Id == id, ct);

    /// <summary>The articles a teacher's evidence may quote, keyed by id, as the validator reads them.</summary>
    public async Task<Dictionary<string, ArticleDocument>> ArticlesAsync(string teacherId, CancellationToken ct)
    {
        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.OwnerId == null || a.OwnerId == teacherId)
            .ToListAsync(ct);
        return articles.ToDictionary(a => a.Id, BankMapping.ToDocument);
    }

    public async Task<Dictionary<string, string>> OutletsAsync(CancellationToken ct) =>
        await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Outlet, ct);

    private static IQueryable<StoredQuiz> WithQuestions(IQueryable<StoredQuiz> quizzes) => quizzes
        .Include(q => q.Questions).ThenInclude(q => q.Options)
        .Include(q => q.Questions).ThenInclude(q => q.Evidence)
        .AsSplitQuery();
}
