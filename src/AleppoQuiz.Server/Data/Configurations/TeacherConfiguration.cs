using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class TeacherConfiguration : IEntityTypeConfiguration<Teacher>
{
    public void Configure(EntityTypeBuilder<Teacher> builder)
    {
        builder.ToTable("Teachers");
        builder.HasKey(t => t.Id);
        builder.HasIndex(t => t.NormalizedEmail).IsUnique();
        // By name, so the database reads plainly and a new status never renumbers the old ones.
        builder.Property(t => t.Status).HasConversion<string>();
        // Administrators list the accounts waiting for them.
        builder.HasIndex(t => t.Status);
    }
}
