using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AleppoQuiz.Server.Data.Configurations;

internal sealed class TeacherInvitationConfiguration : IEntityTypeConfiguration<TeacherInvitation>
{
    public void Configure(EntityTypeBuilder<TeacherInvitation> builder)
    {
        builder.ToTable("TeacherInvitations");
        builder.HasKey(i => i.CodeHash);
    }
}
