using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.People;

public sealed class VolunteerVisitConfiguration : IEntityTypeConfiguration<VolunteerVisit>
{
    public void Configure(EntityTypeBuilder<VolunteerVisit> builder)
    {
        builder.ToTable("VolunteerVisits");
        builder.Property(v => v.VisitedBy).HasMaxLength(30).IsRequired();
        builder.Property(v => v.Health).HasMaxLength(10).IsRequired();
        builder.Property(v => v.Needs).HasMaxLength(300);
        builder.Property(v => v.FollowUp).HasMaxLength(300);
        builder.Property(v => v.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(v => v.UnitPath);
        builder.HasIndex(v => new { v.VolunteerId, v.Date });
        builder.HasOne(v => v.Volunteer).WithMany().HasForeignKey(v => v.VolunteerId).OnDelete(DeleteBehavior.Cascade);
    }
}
