using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Publicity;

/// <summary>A unit's year. <see cref="Rank"/> is shared by equal lines (1, 1, 3); a unit that sent nothing is not <see cref="Ranked"/>.</summary>
public sealed record AnnualUnitLine(int Rank, long UnitId, string Name, int Submitted, int Adopted, decimal Points, int MonthsWithNothing)
{
    public bool Ranked => Submitted > 0 || Points > 0;
}

/// <summary>A correspondent's year: the quota is the monthly quota times the months counted, met when the year's submissions reach it.</summary>
public sealed record AnnualPersonLine(int Rank, long CorrespondentId, string Name, string UnitName, int Submitted, int Adopted, decimal Points, int MonthsMet, int Quota)
{
    public bool QuotaMet => Submitted >= Quota;

    /// <summary>Whether the line has a place: four correspondents with nothing are not first to fourth.</summary>
    public bool Ranked => Submitted > 0 || Points > 0;
}

public sealed record AnnualRankingReport(int Year, int Months, IReadOnlyList<AnnualUnitLine> Units, IReadOnlyList<AnnualPersonLine> People, IReadOnlyList<PublicityAward> Awards,
    IReadOnlyDictionary<long, TrainingTally> Training, TrainingTally Held)
{
    public string TrainingOf(long correspondentId) => Training.GetValueOrDefault(correspondentId) is { } t ? $"{t.Sessions}次/{t.Hours}小时" : "—";

    /// <summary>
    /// The units and the correspondents the page's tables rank: all of a town's or a district's; of a city's thousands the
    /// first <see cref="MonthReport.TopListed"/> of each (the page was 1.1 MB; the export ranks them all). The award form
    /// still offers every one: a 惩 is for those at the bottom.
    /// </summary>
    public IReadOnlyList<AnnualUnitLine> UnitsListed => MonthReport.Listed(Units);

    public IReadOnlyList<AnnualPersonLine> PeopleListed => MonthReport.Listed(People);

    /// <summary>Whether the award form offers the listed part of the ranking only: a city's is thousands of units and correspondents (400 KB of options).</summary>
    public bool TargetsCut => UnitsListed.Count < Units.Count || PeopleListed.Count < People.Count;

    /// <summary>
    /// The units and correspondents the award form offers: every one while they fit; past that those the page lists, those
    /// whose name (or correspondent's unit) holds <paramref name="find"/> (at most <see cref="MonthReport.TopListed"/> of
    /// each), and the one <paramref name="chosen"/> ("u-ID" or "c-ID") so a form sent back keeps it.
    /// </summary>
    public (IReadOnlyList<AnnualUnitLine> Units, IReadOnlyList<AnnualPersonLine> People) Targets(string? find, string? chosen)
    {
        if (!TargetsCut)
        {
            return (Units, People);
        }

        bool Holds(string text) => !string.IsNullOrWhiteSpace(find) && text.Contains(find.Trim(), StringComparison.Ordinal);
        var units = UnitsListed.Concat(Units.Where(u => Holds(u.Name)).Take(MonthReport.TopListed)).Concat(Units.Where(u => chosen == $"u-{u.UnitId}"));
        var people = PeopleListed.Concat(People.Where(p => Holds(p.Name) || Holds(p.UnitName)).Take(MonthReport.TopListed)).Concat(People.Where(p => chosen == $"c-{p.CorrespondentId}"));
        return ([.. units.DistinctBy(u => u.UnitId).OrderBy(u => u.Rank)], [.. people.DistinctBy(p => p.CorrespondentId).OrderBy(p => p.Rank)]);
    }
}

public sealed class AwardInput
{
    /// <summary>"u-ID" for a unit, "c-ID" for a correspondent.</summary>
    public string? Target { get; set; }

    public string? Kind { get; set; }

    public string? Reason { get; set; }

    public string? Form { get; set; }

    public string? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }
}

/// <summary>The year's ranking of units and correspondents by points (derived, as each month's), and the 奖惩 recorded against it.</summary>
public sealed class AnnualRanking(GuangongDbContext db, PublicityMonths months, CorrespondentTraining training, CurrentUser me, TimeProvider clock)
{
    public async Task<AnnualRankingReport> YearAsync(int year, CancellationToken ct = default)
    {
        // Months counted: the whole of a past year, else those already ended (the current month's quota is not due yet).
        var today = ChinaTime.Today(clock);
        var counted = year < today.Year ? 12 : year == today.Year ? today.Month - 1 : 0;
        var reports = await months.MonthsAsync(year, 1, counted, ct);
        var silentMonths = reports.SelectMany(r => r.Silent).CountBy(u => u.Id).ToDictionary();

        var units = reports.SelectMany(r => r.Units).GroupBy(u => (u.UnitId, u.Name))
            .Select(g => (g.Key.UnitId, g.Key.Name, Submitted: g.Sum(u => u.Submitted), Adopted: g.Sum(u => u.AdoptedByLevel.Sum()), Points: g.Sum(u => u.Points)))
            .OrderByDescending(u => u.Points).ThenByDescending(u => u.Submitted).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
        var unitPlaces = Places(units, u => (u.Points, u.Submitted));
        var unitLines = units.Select((u, i) => new AnnualUnitLine(unitPlaces[i], u.UnitId, u.Name, u.Submitted, u.Adopted, u.Points,
            silentMonths.GetValueOrDefault(u.UnitId))).ToList();
        var people = reports.SelectMany(r => r.People).GroupBy(p => p.CorrespondentId)
            .Select(g => (g.Key, g.First().Name, g.First().UnitName, Submitted: g.Sum(p => p.Submitted), Adopted: g.Sum(p => p.Adopted), Points: g.Sum(p => p.Points),
                MonthsMet: g.Count(p => p.Quota > 0 && p.QuotaMet), Quota: g.Sum(p => p.Quota)))
            .OrderByDescending(p => p.Points).ThenByDescending(p => p.Submitted).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var personPlaces = Places(people, p => (p.Points, p.Submitted));
        var personLines = people.Select((p, i) => new AnnualPersonLine(personPlaces[i], p.Key, p.Name, p.UnitName, p.Submitted, p.Adopted, p.Points, p.MonthsMet, p.Quota)).ToList();
        var path = db.Scope.Path ?? string.Empty;
        var awards = await db.PublicityAwards.AsNoTracking().Where(a => a.Year == year && a.UnitPath == path).OrderBy(a => a.DecidedOn).ThenBy(a => a.Id).ToListAsync(ct);
        return new AnnualRankingReport(year, counted, unitLines, personLines, awards, await training.YearAsync(year, ct), await training.HeldAsync(year, ct));
    }

    /// <summary>Places as a league table gives them: lines equal in points and submissions share one (1, 1, 3).</summary>
    public static int[] Places<T>(IReadOnlyList<T> sorted, Func<T, (decimal Points, int Submitted)> key)
    {
        var places = new int[sorted.Count];
        for (var i = 0; i < sorted.Count; i++)
        {
            places[i] = i > 0 && key(sorted[i]) == key(sorted[i - 1]) ? places[i - 1] : i + 1;
        }

        return places;
    }

    /// <summary>Records a 奖惩 of the scope unit against its ranking; the target must be in that ranking's scope.</summary>
    public async Task<CommandResult<PublicityAward>> RecordAsync(int year, AwardInput input, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        if (db.Scope.UnitId is not { } unitId || await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct) is not { } unit)
        {
            return CommandResult<PublicityAward>.Invalid(string.Empty, "请先在右上角选择记录奖惩的单位。");
        }

        var award = new PublicityAward { UnitId = unit.Id, UnitPath = unit.Path, Year = year, RecordedByUserId = me.UserId, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        var target = input.Target ?? string.Empty;
        var id = target.Length > 2 && long.TryParse(target[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : 0;
        if (target.StartsWith("u-", StringComparison.Ordinal) && await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).SingleOrDefaultAsync(ct) is { } unitName)
        {
            (award.TargetUnitId, award.TargetName) = (id, unitName);
        }
        else if (target.StartsWith("c-", StringComparison.Ordinal) && await db.Correspondents.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(ct) is { } name)
        {
            (award.TargetCorrespondentId, award.TargetName) = (id, name);
        }
        else
        {
            errors.Add(new(nameof(input.Target), "请选择奖惩的单位或通讯员。"));
        }

        if (EnumText.Parse<AwardKind>(input.Kind) is { } kind)
        {
            award.Kind = kind;
        }
        else
        {
            errors.Add(new(nameof(input.Kind), "请选择奖励或惩处。"));
        }

        award.Reason = Text(input.Reason, 300, nameof(input.Reason), "请写明奖惩理由", errors);
        award.Form = Text(input.Form, 100, nameof(input.Form), "请写明金额或形式（如奖金500元、通报表扬、约谈）", errors);
        award.DecidedBy = Text(input.DecidedBy, 100, nameof(input.DecidedBy), "请写明决定机关或会议（如镇关工委主任办公会）", errors);
        var today = ChinaTime.Today(clock);
        if (DateField.Read(input.DecidedOn, DateKind.Event, today, nameof(input.DecidedOn), errors, "请填写决定日期。") is { } on)
        {
            if (on > today)
            {
                errors.Add(new(nameof(input.DecidedOn), "决定日期不能晚于今天。"));
            }
            else if (on.Year < year)
            {
                errors.Add(new(nameof(input.DecidedOn), $"{year}年度的奖惩不能在{year}年之前决定。"));
            }

            award.DecidedOn = on;
        }

        if (errors.Count > 0)
        {
            return CommandResult<PublicityAward>.Invalid(errors);
        }

        db.PublicityAwards.Add(award);
        await db.SaveChangesAsync(ct);
        return CommandResult<PublicityAward>.Ok(award);
    }

    /// <summary>The Excel export's sheets: the two rankings with their 奖惩, and the 奖惩 themselves.</summary>
    public static Dictionary<string, object> Sheets(AnnualRankingReport r)
    {
        string Awards(Func<PublicityAward, bool> which) => string.Join("；", r.Awards.Where(which).Select(a => $"{EnumText.Of(a.Kind)}：{a.Form}"));
        return new Dictionary<string, object>
        {
            ["单位排名"] = r.Units.Select(u => new { 名次 = u.Ranked ? u.Rank : (int?)null, 单位 = u.Name, 报送 = u.Submitted, 采用 = u.Adopted, 积分 = u.Points, 无报送月数 = u.MonthsWithNothing, 奖惩 = Awards(a => a.TargetUnitId == u.UnitId) }).ToList(),
            ["通讯员排名"] = r.People.Select(p => new { 名次 = p.Ranked ? p.Rank : (int?)null, 通讯员 = p.Name, 单位 = p.UnitName, 报送 = p.Submitted, 采用 = p.Adopted, 积分 = p.Points, 年度任务 = p.Quota, 完成 = p.QuotaMet ? "是" : "否", 达标月数 = p.MonthsMet, 宣传培训 = r.TrainingOf(p.CorrespondentId), 奖惩 = Awards(a => a.TargetCorrespondentId == p.CorrespondentId) }).ToList(),
            ["奖惩记录"] = r.Awards.Select(a => new { 日期 = a.DecidedOn, 类别 = EnumText.Of(a.Kind), 对象 = a.TargetName, 理由 = a.Reason, 金额或形式 = a.Form, 决定机关 = a.DecidedBy }).ToList(),
        };
    }

    private static string Text(string? value, int max, string field, string missing, List<FieldError> errors)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(new(field, missing + "。"));
        }
        else if (text.Length > max)
        {
            errors.Add(new(field, $"不能超过{max}个字。"));
        }

        return text;
    }
}
