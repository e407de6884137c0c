using AleppoQuiz.Server.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AleppoQuiz.Server.Data;

/// <summary>
/// The storage model, shared by both databases. Each database has a context of its own
/// (<see cref="SqliteQuizDbContext"/>, <see cref="PostgresQuizDbContext"/>) because each has its own migrations:
/// the column types differ between them.
/// </summary>
public abstract class QuizDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>
    /// The query filter that keeps a teacher to their own rows (and the built-in ones). Work that acts for nobody in
    /// particular (recovering games, writing the journal, students' homework, joining by PIN) switches it off by this
    /// name, saying why, with <c>IgnoreQueryFilters([QuizDbContext.OwnerFilter])</c>.
    /// </summary>
    public const string OwnerFilter = "owner";

    private ICurrentTeacher? currentTeacher;

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

    /// <summary>
    /// Read by the owner filter on every query. Found through the application's services rather than the constructor,
    /// so a context made without them (a tool, a test) still works and simply acts for no teacher.
    /// </summary>
    public string? CurrentTeacherId => (currentTeacher ??= FindCurrentTeacher())?.Id;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QuizDbContext).Assembly);
        modelBuilder.Entity<StoredQuiz>().HasQueryFilter(OwnerFilter, q => q.OwnerId == null || q.OwnerId == CurrentTeacherId);
        modelBuilder.Entity<StoredArticle>().HasQueryFilter(OwnerFilter, a => a.OwnerId == null || a.OwnerId == CurrentTeacherId);
        modelBuilder.Entity<SchoolClass>().HasQueryFilter(OwnerFilter, c => c.OwnerId == CurrentTeacherId);
        modelBuilder.Entity<PracticeAssignment>().HasQueryFilter(OwnerFilter, a => a.OwnerId == CurrentTeacherId);
        modelBuilder.Entity<StoredGame>().HasQueryFilter(OwnerFilter, g => g.OwnerId == CurrentTeacherId);
    }

    private ICurrentTeacher? FindCurrentTeacher() =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<ICurrentTeacher>();
}
