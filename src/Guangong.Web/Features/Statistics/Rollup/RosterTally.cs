using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static Guangong.Web.Features.Statistics.Indicators.IndicatorCatalog;

namespace Guangong.Web.Features.Statistics.Rollup;

/// <summary>
/// How many of one unit's OWN volunteers are on the roster (在册) now, by one breakdown: category, layer or birth year
/// (<see cref="Dimension"/>; the age band depends on the year asked, so the birth year is kept). The dashboard reads
/// a subtree's roster from these rows (a few dozen per unit) instead of grouping its volunteers (issue 18.3). Beside
/// them, per year, the rows that undo that year's status changes (<see cref="Undoing"/>): a closed year's roster is
/// the rows of now plus those of every later year, a few rows however many people joined or left since (each change
/// counts its “from” minus its “to” being 在册, so a year's changes sum to how the roster moved back across it). Kept
/// with every save of a volunteer by <see cref="RosterTallyFollower"/>; rebuilt by <c>-- statistics rebuild</c> and the
/// generator.
/// </summary>
public partial class RosterTally : IUnitOwned, IDerived
{
    public const string BirthYear = "roster.birthyear";

    public long Id { get; set; }

    public long UnitId { get; set; }

    public string UnitPath { get; set; } = string.Empty;

    /// <summary><see cref="VolunteersByCategory"/>'s or <see cref="VolunteersByLayer"/>'s code, or <see cref="BirthYear"/>; with a
    /// year (<see cref="Undoing"/>) for the rows that undo that year's changes.</summary>
    public string Dimension { get; set; } = string.Empty;

    /// <summary>The category or layer as entered (empty when not filled in), or the birth year.</summary>
    public string Key { get; set; } = string.Empty;

    public int Count { get; set; }

    /// <summary>The dimension of the rows that undo a year's status changes of a breakdown ("volunteers.category@2025").</summary>
    public static string Undoing(string dimension, int year) => $"{dimension}{YearMark}{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>A row's breakdown and, for the rows undoing a year's changes, that year (null for the roster now).</summary>
    public static (string Dimension, int? Year) Read(string dimension) =>
        dimension.IndexOf(YearMark, StringComparison.Ordinal) is var at and >= 0
            ? (dimension[..at], int.Parse(dimension.AsSpan(at + YearMark.Length), System.Globalization.CultureInfo.InvariantCulture))
            : (dimension, null);

    private const string YearMark = "@";

    /// <summary>The breakdowns a volunteer is counted under (<see cref="Keys"/>), each a dimension of its own.</summary>
    public static readonly string[] Breakdowns = [VolunteersByCategory.Code, VolunteersByLayer.Code, BirthYear];

    /// <summary>
    /// Some status changes undone, per volunteer's unit and breakdown now and per year of the change: each counts its
    /// “from” minus its “to” being 在册, so over the changes after a day they sum to how the roster moved back to it. Only
    /// the groups that move it.
    /// </summary>
    public static async Task<List<ChangesUndone>> UndoneAsync(IQueryable<VolunteerStatusChange> changes, CancellationToken ct) =>
        (await changes.GroupBy(c => new { c.Volunteer!.UnitId, c.Volunteer.UnitPath, c.Date.Year, c.Volunteer.Category, c.Volunteer.Layer, c.Volunteer.BirthYear })
            .Select(g => new
            {
                g.Key.UnitId, g.Key.UnitPath, g.Key.Year, g.Key.Category, g.Key.Layer, g.Key.BirthYear,
                Undo = g.Sum(c => (c.FromStatus == VolunteerStatus.Active ? 1 : 0) - (c.ToStatus == VolunteerStatus.Active ? 1 : 0)),
            })
            .Where(g => g.Undo != 0).ToListAsync(ct))
        .Select(g => new ChangesUndone(g.UnitId, g.UnitPath, g.Year, g.Category, g.Layer, g.BirthYear, g.Undo)).ToList();

    /// <summary>One volunteer's rows: what they add to their unit's tally while on the roster.</summary>
    public static IEnumerable<(string Dimension, string Key)> Keys(string? category, string? layer, int birthYear) =>
    [
        (VolunteersByCategory.Code, category ?? string.Empty),
        (VolunteersByLayer.Code, layer ?? string.Empty),
        (BirthYear, birthYear.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>The tally rows of the given units (all units when null), counted from their volunteers now.</summary>
    public static async Task<List<RosterTally>> CountAsync(GuangongDbContext db, IReadOnlyCollection<long>? units, CancellationToken ct)
    {
        var volunteers = db.Volunteers.AsNoTracking().Where(v => v.Status == VolunteerStatus.Active);
        if (units is not null)
        {
            volunteers = volunteers.Where(v => units.Contains(v.UnitId));
        }

        var groups = await volunteers.GroupBy(v => new { v.UnitId, v.UnitPath, v.Category, v.Layer, v.BirthYear })
            .Select(g => new { g.Key.UnitId, g.Key.UnitPath, g.Key.Category, g.Key.Layer, g.Key.BirthYear, Count = g.Count() }).ToListAsync(ct);
        var history = db.VolunteerStatusChanges.AsNoTracking();
        if (units is not null)
        {
            history = history.Where(c => units.Contains(c.Volunteer!.UnitId));
        }

        // Each year's changes by the volunteer's unit and breakdown now, as the roster rows are counted.
        var years = await UndoneAsync(history, ct);
        return [.. groups.SelectMany(g => Keys(g.Category, g.Layer, g.BirthYear).Select(k => (g.UnitId, g.UnitPath, k.Dimension, k.Key, g.Count)))
            .Concat(years.SelectMany(g => Keys(g.Category, g.Layer, g.BirthYear).Select(k => (g.UnitId, g.UnitPath, Dimension: Undoing(k.Dimension, g.Year), k.Key, Count: g.Undo))))
            .GroupBy(r => (r.UnitId, r.Dimension, r.Key))
            .Select(r => new RosterTally { UnitId = r.Key.UnitId, UnitPath = r.First().UnitPath, Dimension = r.Key.Dimension, Key = r.Key.Key, Count = r.Sum(x => x.Count) })
            .Where(r => r.Count != 0)];
    }
}

public sealed class RosterTallyConfiguration : IEntityTypeConfiguration<RosterTally>
{
    public void Configure(EntityTypeBuilder<RosterTally> builder)
    {
        builder.ToTable("RosterTallies");
        builder.Property(t => t.UnitPath).HasMaxLength(400).IsRequired();
        builder.Property(t => t.Dimension).HasMaxLength(40).IsRequired();
        builder.Property(t => t.Key).HasMaxLength(20).IsRequired();
        builder.HasIndex(t => new { t.UnitId, t.Dimension, t.Key }).IsUnique();

        // A subtree's roster: the rows in its path range, read from the index alone.
        builder.HasIndex(t => new { t.UnitPath, t.Dimension, t.Key, t.Count });
    }
}

/// <summary>Some status changes undone (<see cref="RosterTally.UndoneAsync"/>): a volunteer's unit and breakdown now, the year
/// of the changes, and how many they take back onto the roster (negative: off it).</summary>
public sealed record ChangesUndone(long UnitId, string UnitPath, int Year, string? Category, string? Layer, int BirthYear, int Undo);
