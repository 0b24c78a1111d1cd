using Guangong.Web.Features.Organization;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.CareCases;

/// <summary>A line of a station's case list: the name masked, so a list is no read of a case (opening one is, and is logged).</summary>
public sealed record CareCaseRow(long Id, CareCaseKind Kind, CareCaseStatus Status, string MaskedName, DateOnly OpenedOn, DateOnly? ClosedOn, bool HasMentor, bool HasConsent, int Visits, bool Erased);

/// <summary>Counts of one station's cases by kind and status: what the levels above see.</summary>
public sealed record CareCount(long StationId, string Station, UnitKind StationKind, CareCaseKind Kind, int Open, int Closed, int Erased);

/// <summary>A case as the administrator sees it to reach its access log: no personal field.</summary>
public sealed record CareCaseNumber(long Id, string Station, CareCaseKind Kind, CareCaseStatus Status, int Year);

/// <summary>A row of a case export: never a name, a school or a circumstance.</summary>
public sealed record CareExportRow(long Id, string Kind, string Status, DateOnly OpenedOn, DateOnly? ClosedOn, string Mentor, string Consent, int Visits);

public sealed class CareCaseDirectory(CareCaseAccess access, Infrastructure.Data.GuangongDbContext db)
{
    public static readonly UnitKind[] StationKinds = [UnitKind.CareStationCourt, UnitKind.CareStationJustice, UnitKind.CareStationPolice];

    /// <summary>The station's cases, or null for anyone who is not one of its case workers.</summary>
    public async Task<IReadOnlyList<CareCaseRow>?> ListAsync(CareCaseStatus? status, CancellationToken ct = default)
    {
        if (!access.IsCaseWorker)
        {
            return null;
        }

        var query = access.Own().AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        var rows = await query.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Kind, c.Status, c.MinorName, c.OpenedOn, c.ClosedOn, c.MentorId, c.ConsentOn, Visits = c.Visits.Count, c.ErasedUtc })
            .ToListAsync(ct);
        return rows.Select(c => new CareCaseRow(c.Id, c.Kind, c.Status, Mask(c.MinorName, c.ErasedUtc is not null), c.OpenedOn, c.ClosedOn,
            c.MentorId is not null, c.ConsentOn is not null, c.Visits, c.ErasedUtc is not null)).ToList();
    }

    /// <summary>Counts by station, kind and status in the scope; nobody's name is read.</summary>
    public async Task<IReadOnlyList<CareCount>> SummaryAsync(int? year, CancellationToken ct = default)
    {
        var query = db.CareCases.AsNoTracking();
        if (year is { } y)
        {
            // Open at some time in the year: opened by its end, not closed before its start.
            var (first, last) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            query = query.Where(c => c.OpenedOn <= last && (c.ClosedOn == null || c.ClosedOn >= first));
        }

        var counts = await query
            .GroupBy(c => new { c.UnitId, Station = c.Unit!.Name, StationKind = c.Unit.Kind, c.Kind })
            .Select(g => new CareCount(g.Key.UnitId, g.Key.Station, g.Key.StationKind, g.Key.Kind,
                g.Count(c => c.Status == CareCaseStatus.Open), g.Count(c => c.Status == CareCaseStatus.Closed), g.Count(c => c.ErasedUtc != null)))
            .ToListAsync(ct);
        return counts.OrderBy(c => c.Station, StringComparer.Ordinal).ThenBy(c => c.Kind).ToList();
    }

    /// <summary>Case numbers for the administrator's way to an access log.</summary>
    public async Task<IReadOnlyList<CareCaseNumber>> NumbersAsync(CancellationToken ct = default)
    {
        var rows = await db.CareCases.AsNoTracking().OrderByDescending(c => c.Id).Take(500)
            .Select(c => new { c.Id, Station = c.Unit!.Name, c.Kind, c.Status, c.OpenedOn }).ToListAsync(ct);
        return rows.Select(c => new CareCaseNumber(c.Id, c.Station, c.Kind, c.Status, c.OpenedOn.Year)).ToList();
    }

    /// <summary>The station's cases for export, or null for anyone else.</summary>
    public async Task<IReadOnlyList<CareExportRow>?> ExportAsync(CancellationToken ct = default)
    {
        if (!access.IsCaseWorker)
        {
            return null;
        }

        var rows = await access.Own().AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Kind, c.Status, c.OpenedOn, c.ClosedOn, c.MentorId, c.ConsentOn, Visits = c.Visits.Count }).ToListAsync(ct);
        return rows.Select(c => new CareExportRow(c.Id, Components.Shared.EnumText.Of(c.Kind), Components.Shared.EnumText.Of(c.Status), c.OpenedOn, c.ClosedOn,
            c.MentorId is null ? "未结对" : "已结对", c.ConsentOn is null ? "未取得" : "已取得", c.Visits)).ToList();
    }

    /// <summary>The 五老 a case worker can pair a minor with: the active volunteers on the station's own roster.</summary>
    public async Task<IReadOnlyList<(long Id, string Name)>> MentorChoicesAsync(CancellationToken ct = default)
    {
        var rows = await db.Volunteers.AsNoTracking().Where(v => v.Status == People.VolunteerStatus.Active).OrderBy(v => v.Name)
            .Select(v => new { v.Id, v.Name, v.Category }).ToListAsync(ct);
        return rows.Select(v => (v.Id, v.Category is null ? v.Name : $"{v.Name}（{v.Category}）")).ToList();
    }

    /// <summary>"张*明" style: enough to tell one's own cases apart in a list.</summary>
    public static string Mask(string? name, bool erased)
    {
        if (erased || string.IsNullOrEmpty(name))
        {
            return "（已匿名）";
        }

        return name.Length == 1 ? "*" : name.Length == 2 ? name[0] + "*" : name[0] + new string('*', name.Length - 2) + name[^1];
    }
}
