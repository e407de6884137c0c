using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Data;

public sealed class QuizDbContext(DbContextOptions<QuizDbContext> options) : DbContext(options)
{
    public DbSet<StoredArticle> Articles => Set<StoredArticle>();
    public DbSet<StoredQuiz> Quizzes => Set<StoredQuiz>();
    public DbSet<StoredQuestion> Questions => Set<StoredQuestion>();
    public DbSet<StoredEvidence> Evidence => Set<StoredEvidence>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QuizDbContext).Assembly);
}
