using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Committees;

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
