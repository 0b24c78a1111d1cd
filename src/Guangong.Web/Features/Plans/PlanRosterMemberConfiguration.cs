using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Plans;

public sealed class PlanRosterMemberConfiguration : IEntityTypeConfiguration<PlanRosterMember>
{
    public void Configure(EntityTypeBuilder<PlanRosterMember> builder)
    {
        builder.ToTable("PlanRosterMembers");
        builder.Property(r => r.Role).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Name).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Post).HasMaxLength(60);
        builder.Property(r => r.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(r => r.UnitPath);
    }
}
