using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Safety.ZeroCrime;

public sealed record ZeroCrimeLine(long UnitId, string UnitName, ZeroCrimeStatus? Status, int Streak);

/// <summary>未成年人零犯罪村（社区）: the year's statuses of the villages in scope, their streaks, and the town officer's setting of one.</summary>
public sealed class ZeroCrimeRecords(GuangongDbContext db, CurrentUser me, Organization.UnitTreeOrder treeOrder, Organization.TownNamedUnits townNames, TimeProvider clock)
{
    public const int MaxOffences = 100;

    public DateOnly Today => ChinaTime.Today(clock);

    /// <summary>The town officer (or the administrator) sets a village's status; a village never sets its own.</summary>
    public async Task<bool> CanSetAsync(CancellationToken ct = default)
    {
        if (me.IsAdministrator)
        {
            return true;
        }

        if (!me.Can(Policies.CanManageCommittees) || me.HomeUnitId is not { } home)
        {
            return false;
        }

        return await db.Units.AsNoTracking().AnyAsync(u => u.Id == home && u.Level == UnitLevel.Town, ct);
    }

    /// <summary>The year a page opens on: the latest with figures in the scope (police figures arrive after the year ends), else last year.</summary>
    public async Task<int> DefaultYearAsync(CancellationToken ct = default) =>
        await db.ZeroCrimeStatuses.AsNoTracking().MaxAsync(z => (int?)z.Year, ct) ?? Today.Year - 1;

    public async Task<IReadOnlyList<ZeroCrimeLine>> YearAsync(int year, CancellationToken ct = default)
    {
        // In the tree's order and named as the reader names them: a district's villages of two towns may share a name.
        var villages = await townNames.NamedAsync(
            await treeOrder.SortAsync(
                await db.Units.AsNoTracking().Where(u => u.IsActive && u.Level == UnitLevel.Village && u.Kind == UnitKind.Committee)
                    .Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(ct),
                u => u.Path, ct),
            u => u.Path, u => u.Name, (u, name) => u with { Name = name }, ct);
        // The scope's statuses read by its range, not by the villages' ids (a province's 20,000 would each be a parameter).
        var all = (await db.ZeroCrimeStatuses.AsNoTracking().Where(z => z.Year <= year).ToListAsync(ct)).ToLookup(z => z.UnitId);
        return villages.Select(v =>
        {
            var mine = all[v.Id].ToDictionary(z => z.Year);
            var streak = 0;
            while (mine.TryGetValue(year - streak, out var z) && z.State == ZeroCrimeState.Achieved && z.Offences == 0)
            {
                streak++;
            }

            return new ZeroCrimeLine(v.Id, v.Name, mine.GetValueOrDefault(year), streak);
        }).ToList();
    }

    /// <summary>"2023年 18个村（社区）中17个零犯罪", with how many still wait for figures.</summary>
    public static string Summary(int year, IReadOnlyList<ZeroCrimeLine> lines)
    {
        var achieved = lines.Count(l => l.Status?.State == ZeroCrimeState.Achieved);
        var pending = lines.Count(l => l.Status is null || l.Status.State == ZeroCrimeState.Pending);
        return $"{year}年 {lines.Count}个村（社区）中{achieved}个零犯罪" + (pending > 0 ? $"，{pending}个待核实" : string.Empty) + "。";
    }

    public async Task<CommandResult<ZeroCrimeStatus>> SetAsync(ZeroCrimeInput input, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var unit = long.TryParse(input.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive && u.Level == UnitLevel.Village, ct)
            : null;
        if (unit is null)
        {
            return CommandResult<ZeroCrimeStatus>.NotFound();
        }

        if (!await CanSetAsync(ct) || unit.Id == me.HomeUnitId)
        {
            return CommandResult<ZeroCrimeStatus>.Invalid(string.Empty, "村（社区）的零犯罪状态由镇关工委干事根据派出所数据认定。");
        }

        if (!int.TryParse(input.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > Today.Year)
        {
            errors.Add(new FieldError(nameof(input.Year), $"年度应在2000至{Today.Year}之间。"));
        }

        var state = EnumText.Parse<ZeroCrimeState>(input.State);
        if (state is null)
        {
            errors.Add(new FieldError(nameof(input.State), "请选择达标、未达标或待核实。"));
        }

        var offences = SafetyText.Count(input.Offences, MaxOffences, nameof(input.Offences), "未成年人违法犯罪数", errors);
        if (state == ZeroCrimeState.Achieved && offences > 0)
        {
            errors.Add(new FieldError(nameof(input.Offences), "有未成年人违法犯罪的村（社区）不能认定为零犯罪达标。"));
        }

        if (state == ZeroCrimeState.NotAchieved && offences == 0)
        {
            errors.Add(new FieldError(nameof(input.Offences), "未达标须填写未成年人违法犯罪数（只填数量）。"));
        }

        var source = SafetyText.Optional(input.Source, 60, nameof(input.Source), "数据来源", errors);
        var received = string.IsNullOrWhiteSpace(input.ReceivedOn) ? null : DateField.Read(input.ReceivedOn, DateKind.Event, Today, nameof(input.ReceivedOn), errors);
        if (state is ZeroCrimeState.Achieved or ZeroCrimeState.NotAchieved && (source is null || received is null) && !errors.Any(e => e.Field is nameof(input.Source) or nameof(input.ReceivedOn)))
        {
            errors.Add(new FieldError(nameof(input.Source), "认定须写明数据来源（如 郑陆派出所）和收到日期。"));
        }

        var note = SafetyText.Optional(input.Note, 500, nameof(input.Note), "说明", errors);
        if (errors.Count > 0)
        {
            return CommandResult<ZeroCrimeStatus>.Invalid(errors);
        }

        var row = await db.ZeroCrimeStatuses.SingleOrDefaultAsync(z => z.UnitId == unit.Id && z.Year == year, ct);
        if (row is null)
        {
            row = new ZeroCrimeStatus { UnitId = unit.Id, UnitPath = unit.Path, Year = year };
            db.ZeroCrimeStatuses.Add(row);
        }
        else if (row.Version != input.Version)
        {
            return CommandResult<ZeroCrimeStatus>.Conflict(row);
        }

        (row.State, row.Offences, row.Source, row.ReceivedOn, row.Note) = (state!.Value, offences, source, received, note);
        (row.SetByName, row.UpdatedUtc) = (me.DisplayName.Length > 0 ? me.DisplayName : me.UserName, clock.GetUtcNow().UtcDateTime);
        return await db.SaveOrConflictAsync(row, row.Id, ct);
    }
}
