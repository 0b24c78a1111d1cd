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

public sealed class CommitteeChecklistConfiguration : IEntityTypeConfiguration<CommitteeChecklist>
{
    public void Configure(EntityTypeBuilder<CommitteeChecklist> builder)
    {
        builder.ToTable("CommitteeChecklists");
        builder.Property(c => c.Achieved).HasMaxLength(400);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(c => new { c.UnitId, c.Year }).IsUnique();
        builder.HasIndex(c => c.UnitPath);
    }
}

public sealed class CorrespondentConfiguration : IEntityTypeConfiguration<Correspondent>
{
    public void Configure(EntityTypeBuilder<Correspondent> builder)
    {
        builder.ToTable("Correspondents");
        builder.Property(c => c.Name).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.Grid).HasMaxLength(100);
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(c => c.UnitPath);
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
