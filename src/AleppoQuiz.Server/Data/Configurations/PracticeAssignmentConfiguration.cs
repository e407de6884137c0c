using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class PracticeAssignmentConfiguration : IEntityTypeConfiguration<PracticeAssignment>
{
    public void Configure(EntityTypeBuilder<PracticeAssignment> builder)
    {
        builder.ToTable("Assignments");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.OwnerId);
        builder.Property(a => a.QuizSnapshot).HasJsonConversion();
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(a => a.ClassId).OnDelete(DeleteBehavior.SetNull);
    }
}
