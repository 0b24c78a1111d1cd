using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.People;

public sealed class VolunteerStatusChangeConfiguration : IEntityTypeConfiguration<VolunteerStatusChange>
{
    public void Configure(EntityTypeBuilder<VolunteerStatusChange> builder)
    {
        builder.ToTable("VolunteerStatusChanges");
        builder.Property(c => c.Note).HasMaxLength(200);
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        // The dashboard's roster on a past day corrects the tally with a subtree's changes after it (issue 18.3).
        builder.HasIndex(c => new { c.UnitPath, c.Date });
        builder.HasOne(c => c.Volunteer).WithMany(v => v.History).HasForeignKey(c => c.VolunteerId).OnDelete(DeleteBehavior.Cascade);
    }
}
