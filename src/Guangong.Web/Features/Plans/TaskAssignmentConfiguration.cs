using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Plans;

public sealed class TaskAssignmentConfiguration : IEntityTypeConfiguration<TaskAssignment>
{
    public void Configure(EntityTypeBuilder<TaskAssignment> builder)
    {
        builder.ToTable("TaskAssignments");
        builder.Property(a => a.PlanTitle).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Label).HasMaxLength(20);
        builder.Property(a => a.TaskText).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.Target).HasMaxLength(300);
        builder.Property(a => a.Frequency).HasMaxLength(PlanTask.FrequencyLength);
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(a => new { a.UnitPath, a.DueDate });

        // The start page's first reminders over a large scope: read by date, the path checked in the index (a province's
        // open assignments were sorted whole to show ten: 0.1 s on every start page).
        builder.HasIndex(a => new { a.DueDate, a.UnitPath });
        builder.HasIndex(a => new { a.TaskId, a.UnitId }).IsUnique();

        // A year's assignments reported on after a day (the dashboard's figures of a closed year), by plan.
        builder.HasIndex(a => new { a.PlanId, a.LastProgressOn });
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
