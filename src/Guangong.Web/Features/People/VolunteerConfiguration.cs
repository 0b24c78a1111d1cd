using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.People;

public sealed class VolunteerConfiguration : IEntityTypeConfiguration<Volunteer>
{
    public void Configure(EntityTypeBuilder<Volunteer> builder)
    {
        builder.ToTable("Volunteers");
        builder.Property(v => v.Name).HasMaxLength(Volunteer.NameMaxLength).IsRequired();
        builder.Property(v => v.Ethnicity).HasMaxLength(10).IsRequired();
        builder.Property(v => v.Phone).HasMaxLength(20);
        builder.Property(v => v.Category).HasMaxLength(20);
        builder.Property(v => v.FormerUnit).HasMaxLength(60);
        builder.Property(v => v.FormerPost).HasMaxLength(40);
        builder.Property(v => v.PoliticalStatus).HasMaxLength(20);
        builder.Property(v => v.Specialties).HasMaxLength(200);
        builder.Property(v => v.Layer).HasMaxLength(20);
        builder.Property(v => v.Notes).HasMaxLength(500);
        builder.Property(v => v.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(v => new { v.UnitPath, v.Status });
        builder.HasIndex(v => new { v.Name, v.BirthYear });

        // Who is due a care visit: the scope's active volunteers and their latest visit, read from the index alone; and the
        // renewal page's volunteers off the roster by status, layer and category, read from it alone too.
        builder.HasIndex(v => new { v.Status, v.UnitPath, v.LastVisitOn, v.Layer, v.Category });
        builder.HasOne(v => v.Unit).WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(v => v.SpecialtyTags);
    }
}
