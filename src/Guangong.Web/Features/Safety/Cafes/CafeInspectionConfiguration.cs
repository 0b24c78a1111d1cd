using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Safety.Cafes;

public sealed class CafeInspectionConfiguration : IEntityTypeConfiguration<CafeInspection>
{
    public void Configure(EntityTypeBuilder<CafeInspection> builder)
    {
        builder.ToTable("CafeInspections");
        builder.Ignore(i => i.Hours);
        builder.Property(i => i.Problems).HasMaxLength(500);
        builder.Property(i => i.FollowUpOutcome).HasMaxLength(500);
        builder.Property(i => i.EnteredByName).HasMaxLength(50).IsRequired();
        builder.Property(i => i.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(i => new { i.UnitPath, i.InspectedUtc });
        builder.HasIndex(i => new { i.CafeId, i.InspectedUtc });
        builder.HasOne(i => i.Cafe).WithMany().HasForeignKey(i => i.CafeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Volunteer).WithMany().HasForeignKey(i => i.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}
