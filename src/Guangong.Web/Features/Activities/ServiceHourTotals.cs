using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// A volunteer's net hours of one year at one unit (the unit the ledger lines belong to, i.e. where the
/// service was done), kept with every save of a line by <see cref="ServiceHourTotalsFollower"/>. The hours
/// page ranks a scope's volunteers from these rows instead of summing a year of lines (issue 18.3): a
/// subtree's total of a volunteer is the sum of their rows in it, exactly what the lines would give.
/// </summary>
public class VolunteerYearHours : IUnitOwned, IDerived
{
    public long Id { get; set; }

    public long VolunteerId { get; set; }

    public int Year { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    /// <summary>Net hours in tenths, as the lines (a row with any line is kept, even when it nets to zero).</summary>
    public int Tenths { get; set; }

    public int VerifiedTenths { get; set; }

    /// <summary>Distinct activities with a line (patrols and inspections have none); an activity's lines all carry its unit.</summary>
    public int Activities { get; set; }
}

/// <summary>One unit's own hours of one year (lines of that unit only): hours, distinct volunteers and activities.</summary>
public class UnitYearHours : IUnitOwned, IDerived
{
    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Tenths { get; set; }

    public int People { get; set; }

    public int Activities { get; set; }
}

/// <summary>
/// A volunteer's net hours of one year in one unit's whole subtree (<see cref="UnitPath"/> is that unit's path): the
/// <see cref="VolunteerYearHours"/> rows in the range summed, one row for every unit above a unit of service. The hours
/// page of a scope ranks its volunteers by reading the rows of its own unit in total order from an index, a range scan
/// of one page, instead of grouping the year's rows of the whole subtree by volunteer (issue 18.3).
/// </summary>
public class VolunteerSubtreeHours : IUnitOwned, IDerived
{
    public long Id { get; set; }

    public long VolunteerId { get; set; }

    public int Year { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    public int Tenths { get; set; }

    public int VerifiedTenths { get; set; }

    public int Activities { get; set; }
}

public sealed class VolunteerSubtreeHoursConfiguration : IEntityTypeConfiguration<VolunteerSubtreeHours>
{
    public void Configure(EntityTypeBuilder<VolunteerSubtreeHours> builder)
    {
        builder.ToTable("VolunteerSubtreeHours");
        builder.Property(e => e.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(e => new { e.VolunteerId, e.Year, e.UnitId }).IsUnique();

        // The ranking: a scope's year in the page's order (hours down, then volunteer), the page's columns in the index.
        builder.HasIndex(e => new { e.Year, e.UnitPath, e.Tenths, e.VolunteerId, e.VerifiedTenths, e.Activities })
            .IsDescending(false, false, true, false, false, false);
    }
}

public sealed class VolunteerYearHoursConfiguration : IEntityTypeConfiguration<VolunteerYearHours>
{
    public void Configure(EntityTypeBuilder<VolunteerYearHours> builder)
    {
        builder.ToTable("VolunteerYearHours");
        builder.Property(e => e.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(e => new { e.VolunteerId, e.Year, e.UnitId }).IsUnique();

        // The ranking of a scope's year: the rows of the year in the path range, read from the index alone.
        builder.HasIndex(e => new { e.Year, e.UnitPath, e.VolunteerId, e.Tenths, e.VerifiedTenths, e.Activities });

        // A small scope (a town or below) reads its own rows by path first.
        builder.HasIndex(e => new { e.UnitPath, e.Year });
    }
}

public sealed class UnitYearHoursConfiguration : IEntityTypeConfiguration<UnitYearHours>
{
    public void Configure(EntityTypeBuilder<UnitYearHours> builder)
    {
        builder.ToTable("UnitYearHours");
        builder.Property(e => e.UnitPath).HasMaxLength(400).IsRequired();
        builder.HasIndex(e => new { e.UnitId, e.Year }).IsUnique();
        builder.HasIndex(e => new { e.Year, e.UnitPath });
    }
}
