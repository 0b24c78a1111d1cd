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
        // (UnitPath, Date) seeks a town's changes; a district's changes after today or a recent day are few, and found
        // by the date first instead of walking every change of its 100,000 volunteers (issue 18.3).
        builder.HasIndex(c => new { c.UnitPath, c.Date });
        builder.HasIndex(c => new { c.Date, c.UnitPath });

        // The renewal page's proposals (拟吸纳 from nothing): a few rows among a district's 100,000 changes.
        builder.HasIndex(c => new { c.UnitPath, c.Date }, "IX_VolunteerStatusChanges_Proposed")
            .HasFilter($"\"ToStatus\" = {(int)VolunteerStatus.Prospective} AND \"FromStatus\" IS NULL");
        builder.HasOne(c => c.Volunteer).WithMany(v => v.History).HasForeignKey(c => c.VolunteerId).OnDelete(DeleteBehavior.Cascade);
    }
}
