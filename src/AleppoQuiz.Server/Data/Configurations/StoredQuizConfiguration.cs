using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class StoredQuizConfiguration : IEntityTypeConfiguration<StoredQuiz>
{
    public void Configure(EntityTypeBuilder<StoredQuiz> builder)
    {
        builder.ToTable("Quizzes");
        builder.HasKey(q => q.Id);
        // Two tabs editing one quiz: the second save must not silently overwrite the first.
        builder.Property(q => q.Version).IsConcurrencyToken();
        builder.HasIndex(q => q.OwnerId);
        builder.HasMany(q => q.Questions)
            .WithOne()
            .HasForeignKey(q => q.QuizId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
