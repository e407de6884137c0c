using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class StoredOptionConfiguration : IEntityTypeConfiguration<StoredOption>
{
    public void Configure(EntityTypeBuilder<StoredOption> builder)
    {
        builder.ToTable("QuestionOptions");
        builder.HasKey(o => new { o.QuestionId, o.Position });
    }
}
