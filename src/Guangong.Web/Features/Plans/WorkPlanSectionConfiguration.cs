using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Plans;

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
