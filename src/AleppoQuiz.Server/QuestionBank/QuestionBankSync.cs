using System.Security.Cryptography;
using System.Text;
using AleppoQuiz.Core.Articles;
using AleppoQuiz.Core.QuestionBank;
using AleppoQuiz.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.QuestionBank;

/// <summary>
/// Makes the stored built-in articles and quizzes equal to the bank files. Content hashes make a restart with
/// an unchanged bank a no-op, and teachers' own content (another origin) is never touched.
/// </summary>
internal sealed class QuestionBankSync(QuizDbContext db)
{
    public async Task<SyncChanges> ApplyAsync(BankLoadResult bank, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changes = new SyncChanges();
        await SyncArticlesAsync(bank.Articles.Values, changes, cancellationToken);
        await SyncQuizzesAsync(bank.Quizzes, changes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changes;
    }

    private async Task SyncArticlesAsync(IEnumerable<ArticleDocument> articles, SyncChanges changes, CancellationToken ct)
    {
        // Every stored article, teachers' too, so a bank article never takes an id that is already used.
        var stored = await db.Articles.IgnoreQueryFilters([QuizDbContext.OwnerFilter]).ToDictionaryAsync(a => a.Id, ct);
        foreach (var article in articles)
        {
            var fresh = BankMapping.ToStored(article, Hash(ArticleDocumentFormat.Write(article)));
            if (!stored.TryGetValue(article.Id, out var existing))
            {
                db.Articles.Add(fresh);
                changes.Added++;
            }
            else if (existing.ContentHash != fresh.ContentHash)
            {
                db.Entry(existing).CurrentValues.SetValues(fresh);
                changes.Updated++;
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task SyncQuizzesAsync(IReadOnlyList<Quiz> quizzes, SyncChanges changes, CancellationToken ct)
    {
        var stored = await db.Quizzes.Where(q => q.Origin == ContentOrigin.Bank).ToDictionaryAsync(q => q.Id, ct);
        foreach (var quiz in quizzes)
        {
            var hash = Hash(QuizFileFormat.Write(quiz) + string.Join(',', quiz.Questions.SelectMany(q => q.Passage is null ? q.Evidence : [.. q.Evidence, q.Passage]).Select(e => e.Start)));
            if (stored.Remove(quiz.Id, out var existing))
            {
                if (existing.ContentHash == hash)
                {
                    continue;
                }

                // Remove and re-add rather than patch: questions may have been added, removed or reordered.
                db.Quizzes.Remove(existing);
                await db.SaveChangesAsync(ct);
                changes.Updated++;
            }
            else
            {
                changes.Added++;
            }

            db.Quizzes.Add(BankMapping.ToStored(quiz, hash));
            await db.SaveChangesAsync(ct);
        }

        // What is left was deleted from the bank files.
        db.Quizzes.RemoveRange(stored.Values);
        changes.Removed += stored.Count;
        await db.SaveChangesAsync(ct);
    }

    private static string Hash(string content) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}

internal sealed class SyncChanges
{
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Removed { get; set; }
}
