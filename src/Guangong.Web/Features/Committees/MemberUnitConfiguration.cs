using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Committees;

public sealed class MemberUnitConfiguration : IEntityTypeConfiguration<MemberUnit>
{
    public void Configure(EntityTypeBuilder<MemberUnit> builder)
    {
        builder.ToTable("MemberUnits");
        builder.Property(m => m.Name).HasMaxLength(60).IsRequired();
        builder.Property(m => m.Category).HasMaxLength(20);
        builder.Property(m => m.ContactPerson).HasMaxLength(20);
        builder.Property(m => m.ContactPhone).HasMaxLength(20);
        builder.Property(m => m.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(m => m.UnitPath);
    }
}
