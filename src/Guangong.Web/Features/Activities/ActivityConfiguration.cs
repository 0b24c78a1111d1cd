using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Activities;

public sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("Activities");
        builder.Property(a => a.Title).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Category).HasMaxLength(20).IsRequired();
        builder.Property(a => a.Theme).HasMaxLength(60);
        builder.Property(a => a.Place).HasMaxLength(100);
        builder.Property(a => a.Partners).HasMaxLength(300);
        builder.Property(a => a.YouthGroups).HasMaxLength(200);
        builder.Property(a => a.Summary).HasMaxLength(4000);
        builder.Property(a => a.LawsTaught).HasMaxLength(200);
        builder.Property(a => a.CheckInCode).HasMaxLength(6);
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(a => new { a.UnitPath, a.Date });

        // The list's newest-first order over a large scope: read backwards by date, the path checked in the index (issue 18.3).
        builder.HasIndex(a => new { a.Date, a.UnitPath, a.Status });

        // Optional links, empty on most rows: indexed only where set. SQLite's statistics count the empty rows as one
        // value, so a full index looked like it matched half the table and the planner walked the scope's range instead
        // (a task's page at the county preset read every activity of the district: 1.1 s).
        builder.HasIndex(a => a.CheckInCode).HasFilter("\"CheckInCode\" IS NOT NULL");
        builder.HasIndex(a => a.PlanTaskId).HasFilter("\"PlanTaskId\" IS NOT NULL");
        builder.HasIndex(a => a.VenueUnitId).HasFilter("\"VenueUnitId\" IS NOT NULL");

        // The public site's highlights, newest first: the few activities a town chose to show among a district's hundreds
        // of thousands (its page walked them all, 0.45 s at the county).
        builder.HasIndex(a => new { a.Date, a.Id }, "IX_Activities_Public_Date_Id").HasFilter("\"IsPublic\"");

        // The new form's default category is what its recorder recorded last: without it a province officer who had
        // recorded nothing walked all 1.8 million activities backwards by id (0.3 s on every new form).
        builder.HasIndex(a => new { a.CreatedByUserId, a.Id });

        // The legal-education year view (关爱明天，普法先行): a year's sessions of a category by unit, 四进 and laws, read from
        // the index alone; by the path, a district's year of every category was read row by row (0.12 s at the county).
        builder.HasIndex(a => new { a.Category, a.Date, a.UnitPath, a.Status, a.FourIn, a.LawsTaught, a.YouthReached }, "IX_Activities_Category_Date_Legal");
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.VenueUnit).WithMany().HasForeignKey(a => a.VenueUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Files).WithOne(f => f.Activity).HasForeignKey(f => f.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}
