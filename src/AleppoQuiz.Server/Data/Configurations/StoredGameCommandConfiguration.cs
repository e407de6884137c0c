using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class StoredGameCommandConfiguration : IEntityTypeConfiguration<StoredGameCommand>
{
    public void Configure(EntityTypeBuilder<StoredGameCommand> builder)
    {
        builder.ToTable("GameCommands");
        builder.HasKey(c => new { c.GameId, c.Sequence });
        builder.Property(c => c.Command).HasJsonConversion();
        builder.HasOne<StoredGame>().WithMany().HasForeignKey(c => c.GameId).OnDelete(DeleteBehavior.Cascade);
    }
}
