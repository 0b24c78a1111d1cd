using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Activities;

public sealed class ServiceHourEntryConfiguration : IEntityTypeConfiguration<ServiceHourEntry>
{
    public void Configure(EntityTypeBuilder<ServiceHourEntry> builder)
    {
        builder.ToTable("ServiceHourEntries");
        builder.Ignore(e => e.Hours);
        builder.Property(e => e.Reason).HasMaxLength(200);
        builder.Property(e => e.EnteredByName).HasMaxLength(50).IsRequired();
        builder.Property(e => e.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(e => new { e.UnitPath, e.Date });
        builder.HasIndex(e => new { e.Date, e.UnitPath });
        builder.HasIndex(e => new { e.VolunteerId, e.Date });
        builder.HasIndex(e => e.ActivityId);
        builder.HasIndex(e => new { e.Source, e.SourceId }).HasFilter("\"SourceId\" IS NOT NULL"); // see ActivityConfiguration's optional links
        builder.Property(e => e.SourceTitle).HasMaxLength(120);
        builder.Property(e => e.CheckOutKey).HasMaxLength(40);
        builder.HasIndex(e => e.CheckOutKey).IsUnique();
        builder.HasOne(e => e.Activity).WithMany().HasForeignKey(e => e.ActivityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Volunteer).WithMany().HasForeignKey(e => e.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}
