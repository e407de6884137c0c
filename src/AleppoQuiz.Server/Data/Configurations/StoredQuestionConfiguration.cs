using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class StoredQuestionConfiguration : IEntityTypeConfiguration<StoredQuestion>
{
    public void Configure(EntityTypeBuilder<StoredQuestion> builder)
    {
        builder.ToTable("Questions");
        builder.HasKey(q => q.Id);
        builder.HasIndex(q => new { q.QuizId, q.Position });
        builder.HasMany(q => q.Options)
            .WithOne()
            .HasForeignKey(o => o.QuestionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Evidence)
            .WithOne()
            .HasForeignKey(e => e.QuestionId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
