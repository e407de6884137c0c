using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class StoredGamePlayerConfiguration : IEntityTypeConfiguration<StoredGamePlayer>
{
    public void Configure(EntityTypeBuilder<StoredGamePlayer> builder)
    {
        builder.ToTable("GamePlayers");
        builder.HasKey(p => new { p.GameId, p.PlayerId });
        builder.HasOne<StoredGame>().WithMany().HasForeignKey(p => p.GameId).OnDelete(DeleteBehavior.Cascade);
    }
}
