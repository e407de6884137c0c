using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Data;

/// <summary>
/// The storage model, shared by both databases. Each database has a context of its own
/// (<see cref="SqliteQuizDbContext"/>, <see cref="PostgresQuizDbContext"/>) because each has its own migrations:
/// the column types differ between them.
/// </summary>
public abstract class QuizDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<StoredArticle> Articles => Set<StoredArticle>();
    public DbSet<StoredQuiz> Quizzes => Set<StoredQuiz>();
    public DbSet<StoredQuestion> Questions => Set<StoredQuestion>();
    public DbSet<StoredEvidence> Evidence => Set<StoredEvidence>();
    public DbSet<StoredGame> Games => Set<StoredGame>();
    public DbSet<Teacher> Teachers => Set<Teacher>();
    public DbSet<TeacherInvitation> Invitations => Set<TeacherInvitation>();
    public DbSet<StoredGameCommand> GameCommands => Set<StoredGameCommand>();
    public DbSet<StoredGamePlayer> GamePlayers => Set<StoredGamePlayer>();
    public DbSet<StoredGameAnswer> GameAnswers => Set<StoredGameAnswer>();
    public DbSet<SchoolClass> Classes => Set<SchoolClass>();
    public DbSet<ClassStudent> ClassStudents => Set<ClassStudent>();
    public DbSet<PracticeAssignment> Assignments => Set<PracticeAssignment>();
    public DbSet<StoredGameLink> GameLinks => Set<StoredGameLink>();
    public DbSet<StoredPlayerStudent> PlayerStudents => Set<StoredPlayerStudent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QuizDbContext).Assembly);
}
