using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.People.Training;

public sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> builder)
    {
        builder.ToTable("TrainingSessions");
        builder.Property(t => t.Topic).HasMaxLength(100).IsRequired();
        builder.Property(t => t.Kind).HasMaxLength(10).IsRequired();
        builder.Property(t => t.Hours).HasPrecision(5, 1);
        builder.Property(t => t.Speaker).HasMaxLength(40);
        builder.Property(t => t.Place).HasMaxLength(60);
        builder.Property(t => t.Summary).HasMaxLength(1000);
        builder.Property(t => t.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(t => t.UnitPath);
        builder.HasOne(t => t.Unit).WithMany().HasForeignKey(t => t.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Attendees).WithOne(a => a.Session).HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
