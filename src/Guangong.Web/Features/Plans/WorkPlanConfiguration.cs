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
