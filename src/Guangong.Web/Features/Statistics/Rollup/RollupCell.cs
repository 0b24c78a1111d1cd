using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// One monthly indicator figure of one unit's OWN records (not its subtree's): a subtree's value is the
/// sum of the cells whose path lies in its range. Kept by <see cref="RollupFollower"/> with every save
/// that touches a counted record, and by <see cref="RollupRebuild"/>.
/// </summary>
public class RollupCell : IUnitOwned, IDerived
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public string Indicator { get; set; } = string.Empty;

    /// <summary>The breakdown (an activity category, an outlet level); empty when there is none.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Year × 100 + month, so a range of months is one comparison.</summary>
    public int Period { get; set; }

    public long Value { get; set; }
}

public sealed class RollupCellConfiguration : IEntityTypeConfiguration<RollupCell>
{
    public void Configure(EntityTypeBuilder<RollupCell> builder)
    {
        builder.ToTable("RollupCells");
        builder.Property(c => c.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(c => c.Indicator).HasMaxLength(40).IsRequired();
        builder.Property(c => c.Key).HasMaxLength(60).IsRequired();
        builder.HasIndex(c => new { c.UnitId, c.Period, c.Indicator, c.Key }).IsUnique();
        builder.HasIndex(c => new { c.UnitPath, c.Period });

        // One indicator's sum over a subtree and a span of months, read from the index alone (home page, issue 18.3).
        builder.HasIndex(c => new { c.Indicator, c.Period, c.UnitPath, c.Value });
    }
}
