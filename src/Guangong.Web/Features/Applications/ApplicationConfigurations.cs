using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Applications;

public sealed class StationApplicationConfiguration : IEntityTypeConfiguration<StationApplication>
{
    public void Configure(EntityTypeBuilder<StationApplication> builder)
    {
        builder.ToTable("StationApplications");
        builder.Property(a => a.StationName).HasMaxLength(60).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(10).IsRequired();
        builder.Property(a => a.Narrative).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.Photos).HasMaxLength(400);
        builder.Property(a => a.ReturnReason).HasMaxLength(500);
        builder.Property(a => a.ReviewTotal).HasPrecision(7, 1);
        builder.Property(a => a.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(a => a.UnitPath);
        builder.HasIndex(a => new { a.StationId, a.Year, a.Title }).IsUnique();
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Stations.Station>().WithMany().HasForeignKey(a => a.StationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessments.Assessment>().WithMany().HasForeignKey(a => a.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Scores).WithOne().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ApplicationScoreConfiguration : IEntityTypeConfiguration<ApplicationScore>
{
    public void Configure(EntityTypeBuilder<ApplicationScore> builder)
    {
        builder.ToTable("ApplicationScores");
        builder.Property(s => s.Score).HasPrecision(5, 1);
        builder.Property(s => s.Comment).HasMaxLength(500);
        builder.Property(s => s.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(s => s.UnitPath);
        builder.HasIndex(s => new { s.ApplicationId, s.CriterionId }).IsUnique();
    }
}

public sealed class ApplicationEventConfiguration : IEntityTypeConfiguration<ApplicationEvent>
{
    public void Configure(EntityTypeBuilder<ApplicationEvent> builder)
    {
        builder.ToTable("ApplicationEvents");
        builder.Property(e => e.Actor).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(20).IsRequired();
        builder.Property(e => e.Comment).HasMaxLength(500);
        builder.Property(e => e.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(e => e.UnitPath);
        builder.HasIndex(e => e.ApplicationId);
    }
}
