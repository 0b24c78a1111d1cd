using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Safety.CareCases;

public sealed class CareCaseConfiguration : IEntityTypeConfiguration<CareCase>
{
    public void Configure(EntityTypeBuilder<CareCase> builder)
    {
        builder.ToTable("CareCases");
        builder.Property(c => c.MinorName).HasMaxLength(20);
        builder.Property(c => c.School).HasMaxLength(60);
        builder.Property(c => c.Situation).HasMaxLength(1000);
        builder.Property(c => c.GuardianName).HasMaxLength(20);
        builder.Property(c => c.GuardianRelation).HasMaxLength(10);
        builder.Property(c => c.ClosureNote).HasMaxLength(500);
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(c => c.UnitPath);
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Mentor).WithMany().HasForeignKey(c => c.MentorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Visits).WithOne(v => v.Case).HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
