using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Plans;

public sealed class WorkPlanConfiguration : IEntityTypeConfiguration<WorkPlan>
{
    public void Configure(EntityTypeBuilder<WorkPlan> builder)
    {
        builder.ToTable("WorkPlans");
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Issuer).HasMaxLength(100);
        builder.Property(p => p.Preamble).HasMaxLength(4000);
        builder.Property(p => p.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(p => new { p.UnitPath, p.Year });
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Roster).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WorkPlanSectionConfiguration : IEntityTypeConfiguration<WorkPlanSection>
{
    public void Configure(EntityTypeBuilder<WorkPlanSection> builder)
    {
        builder.ToTable("WorkPlanSections");
        builder.Property(s => s.Number).HasMaxLength(10);
        builder.Property(s => s.Heading).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Text).HasMaxLength(8000);
        builder.Property(s => s.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(s => s.UnitPath);
        builder.HasMany(s => s.Tasks).WithOne(t => t.Section).HasForeignKey(t => t.SectionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class PlanRosterMemberConfiguration : IEntityTypeConfiguration<PlanRosterMember>
{
    public void Configure(EntityTypeBuilder<PlanRosterMember> builder)
    {
        builder.ToTable("PlanRosterMembers");
        builder.Property(r => r.Role).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Post).HasMaxLength(60);
        builder.Property(r => r.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(r => r.UnitPath);
    }
}

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
        builder.Property(t => t.Program).HasMaxLength(100);
        builder.Property(t => t.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(t => t.UnitPath);
        builder.HasOne(t => t.Plan).WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Assignments).WithOne(a => a.Task).HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TaskAssignmentConfiguration : IEntityTypeConfiguration<TaskAssignment>
{
    public void Configure(EntityTypeBuilder<TaskAssignment> builder)
    {
        builder.ToTable("TaskAssignments");
        builder.Property(a => a.PlanTitle).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Label).HasMaxLength(20);
        builder.Property(a => a.TaskText).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.Target).HasMaxLength(300);
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(a => new { a.UnitPath, a.DueDate });
        builder.HasIndex(a => new { a.TaskId, a.UnitId }).IsUnique();
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

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

public sealed class ProgressFileConfiguration : IEntityTypeConfiguration<ProgressFile>
{
    public void Configure(EntityTypeBuilder<ProgressFile> builder)
    {
        builder.ToTable("ProgressFiles");
        builder.Property(f => f.FileName).HasMaxLength(200).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.StorageKey).HasMaxLength(64).IsRequired();
        builder.Property(f => f.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(f => f.UnitPath);
    }
}
