using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Documents;

/// <summary>
/// How a unit issues documents: its mark printed red at the top (发文机关标志, e.g.
/// "乌审召镇关心下一代工作委员会文件"), the name it signs with, and its document-number pattern
/// (e.g. "乌召关发〔{year}〕{n}号"). One per unit.
/// </summary>
public class IssuingProfile : IUnitOwned, IVersioned
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string IssuerMark { get; set; } = string.Empty;

    /// <summary>The issuing authority's full name for the signature (发文机关署名).</summary>
    public string SignatureName { get; set; } = string.Empty;

    public string NumberPattern { get; set; } = string.Empty;

    /// <summary>The office that prints documents (印发机关), for the record block.</summary>
    public string? PrintingOffice { get; set; }

    public DateTime CreatedUtc { get; set; }

    public long Version { get; set; }
}

public sealed class IssuingProfileConfiguration : IEntityTypeConfiguration<IssuingProfile>
{
    public void Configure(EntityTypeBuilder<IssuingProfile> builder)
    {
        builder.ToTable("IssuingProfiles");
        builder.Property(p => p.IssuerMark).HasMaxLength(IssuingRules.MarkMaxLength).IsRequired();
        builder.Property(p => p.SignatureName).HasMaxLength(IssuingRules.NameMaxLength).IsRequired();
        builder.Property(p => p.NumberPattern).HasMaxLength(IssuingRules.PatternMaxLength).IsRequired();
        builder.Property(p => p.PrintingOffice).HasMaxLength(IssuingRules.NameMaxLength);
        builder.Property(p => p.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(p => p.UnitId).IsUnique();
        builder.HasIndex(p => p.UnitPath);
        builder.HasOne<Organization.Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
