using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class StoredGameConfiguration : IEntityTypeConfiguration<StoredGame>
{
    public void Configure(EntityTypeBuilder<StoredGame> builder)
    {
        builder.ToTable("Games");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.QuizSnapshot).HasJsonConversion();
        // Start-up looks for unfinished games to restore.
        builder.HasIndex(g => g.EndedAt);
    }
}
