using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Committees;

public sealed class LeadershipRuleConfiguration : IEntityTypeConfiguration<LeadershipRule>
{
    public void Configure(EntityTypeBuilder<LeadershipRule> builder)
    {
        builder.ToTable("LeadershipRules");
        builder.Property(r => r.Basis).HasMaxLength(200);
        builder.Property(r => r.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(r => r.UnitPath);
    }
}
