using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class StoredGameLinkConfiguration : IEntityTypeConfiguration<StoredGameLink>
{
    public void Configure(EntityTypeBuilder<StoredGameLink> builder)
    {
        builder.ToTable("GameLinks");
        builder.HasKey(l => l.GameId);
        builder.HasOne<StoredGame>().WithOne().HasForeignKey<StoredGameLink>(l => l.GameId).OnDelete(DeleteBehavior.Cascade);
        // Deleting a class or an assignment keeps the games that were played for it.
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(l => l.ClassId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<PracticeAssignment>().WithMany().HasForeignKey(l => l.AssignmentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class StoredPlayerStudentConfiguration : IEntityTypeConfiguration<StoredPlayerStudent>
{
    public void Configure(EntityTypeBuilder<StoredPlayerStudent> builder)
    {
        builder.ToTable("GamePlayerStudents");
        builder.HasKey(p => new { p.GameId, p.PlayerId });
        builder.HasOne<StoredGamePlayer>().WithOne()
            .HasForeignKey<StoredPlayerStudent>(p => new { p.GameId, p.PlayerId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ClassStudent>().WithMany().HasForeignKey(p => p.StudentId).OnDelete(DeleteBehavior.Cascade);
    }
}
