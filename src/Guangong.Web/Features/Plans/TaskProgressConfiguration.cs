using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Plans;

public sealed class TaskProgressConfiguration : IEntityTypeConfiguration<TaskProgress>
{
    public void Configure(EntityTypeBuilder<TaskProgress> builder)
    {
        builder.ToTable("TaskProgress");
        builder.Property(p => p.Text).HasMaxLength(2000).IsRequired();
        builder.Property(p => p.AuthorName).HasMaxLength(50).IsRequired();
        builder.Property(p => p.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(p => p.UnitPath);
        builder.HasIndex(p => p.AssignmentId);
        builder.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.ProgressId).OnDelete(DeleteBehavior.Cascade);
    }
}
