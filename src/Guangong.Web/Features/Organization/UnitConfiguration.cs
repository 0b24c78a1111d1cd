using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Organization;

public sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("Units");
        builder.Property(u => u.Name).HasMaxLength(Unit.NameMaxLength).IsRequired();
        builder.Property(u => u.Path).HasMaxLength(400).IsRequired();
        builder.Property(u => u.ContactPerson).HasMaxLength(30);
        builder.Property(u => u.ContactPhone).HasMaxLength(30);
        builder.Property(u => u.Address).HasMaxLength(200);
        builder.HasIndex(u => u.Path).IsUnique();
        builder.HasIndex(u => new { u.ParentId, u.Name });
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
