using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.People.Training;

public sealed class TrainingAttendanceConfiguration : IEntityTypeConfiguration<TrainingAttendance>
{
    public void Configure(EntityTypeBuilder<TrainingAttendance> builder)
    {
        builder.ToTable("TrainingAttendances");
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(a => a.UnitPath);
        builder.HasIndex(a => new { a.SessionId, a.VolunteerId }).IsUnique();
        builder.HasOne(a => a.Volunteer).WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Restrict);
    }
}
