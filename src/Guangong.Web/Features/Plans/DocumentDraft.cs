using Guangong.Web.Features.Documents;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Plans;

/// <summary>
/// The officer's working text of a document made from a plan (the year-end summary), kept with the
/// plan so it reopens where it was left rather than as a fresh machine draft.
/// </summary>
public class DocumentDraft : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long PlanId { get; set; }

    public DocumentKind Kind { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

public sealed class DocumentDraftConfiguration : IEntityTypeConfiguration<DocumentDraft>
{
    public void Configure(EntityTypeBuilder<DocumentDraft> builder)
    {
        builder.ToTable("DocumentDrafts");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Title).HasMaxLength(IssuingRules.TitleMaxLength).IsRequired();
        builder.Property(d => d.Text).HasMaxLength(IssuingRules.TextMaxLength).IsRequired();
        builder.Property(d => d.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(d => new { d.PlanId, d.Kind }).IsUnique();
        builder.HasIndex(d => d.UnitPath);
        builder.HasOne<WorkPlan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
