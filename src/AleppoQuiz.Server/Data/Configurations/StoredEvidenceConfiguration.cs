using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class StoredEvidenceConfiguration : IEntityTypeConfiguration<StoredEvidence>
{
    public void Configure(EntityTypeBuilder<StoredEvidence> builder)
    {
        builder.ToTable("QuestionEvidence");
        builder.HasKey(e => new { e.QuestionId, e.Position });
        // Articles outlive the questions that quote them; a quoted article cannot be deleted from under a quiz.
        builder.HasOne<StoredArticle>()
            .WithMany()
            .HasForeignKey(e => e.ArticleId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.ArticleId);
    }
}
