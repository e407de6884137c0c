using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class StoredGameAnswerConfiguration : IEntityTypeConfiguration<StoredGameAnswer>
{
    public void Configure(EntityTypeBuilder<StoredGameAnswer> builder)
    {
        builder.ToTable("GameAnswers");
        // One answer per player per question: the engine never counts a repeat, and neither does storage.
        builder.HasKey(a => new { a.GameId, a.QuestionIndex, a.PlayerId });
        builder.Property(a => a.OptionIds).HasJsonConversion();
        builder.HasOne<StoredGame>().WithMany().HasForeignKey(a => a.GameId).OnDelete(DeleteBehavior.Cascade);
    }
}
