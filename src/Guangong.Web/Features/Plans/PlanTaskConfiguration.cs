using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Plans;

public sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> builder)
    {
        builder.ToTable("PlanTasks");
        builder.Property(t => t.Number).HasMaxLength(10);
        builder.Property(t => t.Label).HasMaxLength(20);
        builder.Property(t => t.Text).HasMaxLength(4000).IsRequired();
        builder.Property(t => t.DueText).HasMaxLength(100);
        builder.Property(t => t.Target).HasMaxLength(300);
        builder.Property(t => t.Frequency).HasMaxLength(PlanTask.FrequencyLength);
        builder.Property(t => t.Program).HasMaxLength(100);
        builder.Property(t => t.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(t => t.UnitPath);
        builder.HasOne(t => t.Plan).WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Assignments).WithOne(a => a.Task).HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
