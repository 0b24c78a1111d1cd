using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Safety.CareCases;

public sealed class CareVisitConfiguration : IEntityTypeConfiguration<CareVisit>
{
    public void Configure(EntityTypeBuilder<CareVisit> builder)
    {
        builder.ToTable("CareVisits");
        builder.Property(v => v.Visitor).HasMaxLength(20).IsRequired();
        builder.Property(v => v.Note).HasMaxLength(500);
        builder.Property(v => v.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(v => v.UnitPath);
        builder.HasIndex(v => v.CaseId);
    }
}
