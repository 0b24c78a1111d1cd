using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Committees;

public sealed class LeadershipPositionConfiguration : IEntityTypeConfiguration<LeadershipPosition>
{
    public void Configure(EntityTypeBuilder<LeadershipPosition> builder)
    {
        builder.ToTable("LeadershipPositions");
        builder.Property(p => p.Role).HasMaxLength(20).IsRequired();
        builder.Property(p => p.PersonName).HasMaxLength(20);
        builder.Property(p => p.PostElsewhere).HasMaxLength(60);
        builder.Property(p => p.Phone).HasMaxLength(20);
        builder.Property(p => p.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(p => p.UnitPath);
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<People.Volunteer>().WithMany().HasForeignKey(p => p.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.IsVacant);
    }
}
