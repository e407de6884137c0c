using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class StoredArticleConfiguration : IEntityTypeConfiguration<StoredArticle>
{
    public void Configure(EntityTypeBuilder<StoredArticle> builder)
    {
        builder.ToTable("Articles");
        builder.HasKey(a => a.Id);
    }
}
