using System.Diagnostics;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Plans;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Infrastructure.Generation;

/// <summary>What to generate: the preset, how many years up to which month, and the seed.</summary>
/// <param name="Until">The last day with records (the run's date unless given, so a seed and a date give the same data).</param>
public sealed record GeneratorOptions(int Years, int Seed, DateOnly Until);

/// <summary>
/// Fills a database that holds at most the demo data with a generated tree of units and their roster,
/// activities, hour lines, status history, plans with tasks and progress, the villages' 校外教育辅导站, the correspondents and their articles with the outlets that used them, and the roll-up cells those
/// records give (computed while generating, so no rebuild is needed; the tests check they equal one).
/// It writes through <see cref="BulkWriter"/>, not through the DbContext: it runs from the command line
/// with no user, no request and no scope to guard, and fills an empty database, so there is nothing for
/// the write guard to protect and nothing for the audit trail to say; going through the change tracker
/// would make the county preset take hours instead of minutes. Paths are set here exactly as
/// <see cref="OrganizationTree"/> sets them (parent path + id + "/"), and every row carries its unit's.
/// </summary>
public sealed class DataGenerator(GuangongDbContext db)
{
    /// <summary>A database holding more volunteers than this is not filled again (the demo holds a few dozen).</summary>
    public const int MaxExistingVolunteers = 1000;

    public async Task<GenerationReport> RunAsync(GeneratorPreset preset, GeneratorOptions options, TextWriter log, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        if (await db.Volunteers.CountAsync(ct) > MaxExistingVolunteers)
        {
            throw new InvalidOperationException("数据库中已有大量数据，生成器只填充空数据库（或只有演示数据的数据库）。");
        }

        var ids = new IdSource(
            await NextIdAsync(db.Units, ct), await NextIdAsync(db.Volunteers, ct), await NextIdAsync(db.VolunteerStatusChanges, ct),
            await NextIdAsync(db.Activities, ct), await NextIdAsync(db.ServiceHourEntries, ct), await NextIdAsync(db.WorkPlans, ct),
            await NextIdAsync(db.WorkPlanSections, ct), await NextIdAsync(db.PlanTasks, ct), await NextIdAsync(db.TaskAssignments, ct),
            await NextIdAsync(db.TaskProgress, ct), await NextIdAsync(db.RollupCells, ct))
        {
            Station = await NextIdAsync(db.Stations, ct),
            Honour = await NextIdAsync(db.StationHonours, ct),
            Correspondent = await NextIdAsync(db.Correspondents, ct),
            Outlet = await NextIdAsync(db.Outlets, ct),
            ScoringRule = await NextIdAsync(db.ScoringRules, ct),
            Article = await NextIdAsync(db.Articles, ct),
            Author = await NextIdAsync(db.ArticleAuthors, ct),
            Step = await NextIdAsync(db.ArticleSteps, ct),
            Adoption = await NextIdAsync(db.Adoptions, ct),
        };
        var userId = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).FirstOrDefaultAsync(ct);
        var anchors = await db.Units.AsNoTracking().Where(u => u.Level <= UnitLevel.District)
            .Select(u => new { u.Id, u.Name, u.Path, u.Depth, u.Level }).ToListAsync(ct);

        var random = new Random(options.Seed);
        var names = new ChineseNames(random);
        var created = options.Until.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddYears(-options.Years);
        await using var writer = new BulkWriter(db);
        await writer.OpenAsync(ct);

        // The anchor: the demo unit the preset's top level belongs under, or a chain made for it.
        var chain = new[] { ("江苏省关工委", UnitLevel.Province), ("常州市关工委", UnitLevel.City), ("天宁区关工委", UnitLevel.District) };
        var depthOfAnchor = preset.Top switch { GeneratedLevel.City => 0, GeneratedLevel.District => 1, _ => 2 };
        var newUnits = new List<Unit>();
        Unit? parent = null;
        for (var i = 0; i <= depthOfAnchor; i++)
        {
            var (name, level) = chain[i];
            var existing = anchors.FirstOrDefault(a => a.Name == name && a.Level == level && (parent is null ? a.Depth == 0 : a.Path.StartsWith(parent.Path, StringComparison.Ordinal)));
            parent = existing is not null
                ? new Unit { Id = existing.Id, Name = existing.Name, Path = existing.Path, Depth = existing.Depth, Level = existing.Level }
                : NewUnit(ids, parent, name, level, UnitKind.Committee, 0, created, newUnits);
        }

        var tree = new TreeBuilder(ids, names, random, created);
        var towns = tree.Build(preset, parent!, newUnits);
        await writer.WriteAsync(newUnits, ct);
        log.WriteLine($"单位：{newUnits.Count}个（{towns.Count}个镇街道），用时 {clock.Elapsed.TotalSeconds:0.0} 秒");

        var tally = new RollupTally(ids);
        var content = new TownContent(ids, names, random, options, preset, userId, tally);
        content.Know(newUnits, anchors.Select(a => (a.Id, a.Name)));
        var done = 0;
        foreach (var town in towns)
        {
            var batch = content.For(town);
            await writer.WriteAsync(batch.Volunteers, ct);
            await writer.WriteAsync(batch.StatusChanges, ct);
            await writer.WriteAsync(batch.Activities, ct);
            await writer.WriteAsync(batch.Hours, ct);
            await writer.WriteAsync(batch.Plans, ct);
            await writer.WriteAsync(batch.Sections, ct);
            await writer.WriteAsync(batch.Tasks, ct);
            await writer.WriteAsync(batch.Assignments, ct);
            await writer.WriteAsync(batch.Progress, ct);
            await writer.WriteAsync(batch.Stations, ct);
            await writer.WriteAsync(batch.Honours, ct);
            await writer.WriteAsync(batch.Correspondents, ct);
            await writer.WriteAsync(batch.Outlets, ct);
            await writer.WriteAsync(batch.ScoringRules, ct);
            await writer.WriteAsync(batch.Articles, ct);
            await writer.WriteAsync(batch.Authors, ct);
            await writer.WriteAsync(batch.Steps, ct);
            await writer.WriteAsync(batch.Adoptions, ct);
            if (++done % Math.Max(1, towns.Count / 10) == 0 || done == towns.Count)
            {
                log.WriteLine($"  {done}/{towns.Count} 个镇街道，{clock.Elapsed.TotalSeconds:0.0} 秒");
            }
        }

        foreach (var chunk in tally.Cells().Chunk(50_000))
        {
            await writer.WriteAsync(chunk, ct);
        }

        // The planner's statistics of the tables just filled, before the sums over them are planned: without them
        // PostgreSQL guessed a province's subtree hour sums as a nested loop that ran past its 30-minute limit.
        await writer.AnalyzeAsync(ct);

        // Every unit's subtree sums of the cells (the demo's too), in one statement.
        var subtree = await RollupSubtreeCell.RebuildAsync(db, null, ct);
        log.WriteLine($"统计汇总（下辖合计）：{subtree}条，{clock.Elapsed.TotalSeconds:0.0} 秒");

        // The hours page's per-volunteer and per-unit year totals, from every line (the demo's too), in two statements.
        var (people, units) = await Features.Activities.ServiceHourTotalsFollower.RebuildAsync(db, ct);
        log.WriteLine($"服务时长汇总：{people}条志愿者年度、{units}条单位年度，{clock.Elapsed.TotalSeconds:0.0} 秒");
        var roster = await Features.Statistics.Rollup.RosterTally.RebuildAsync(db, ct);
        log.WriteLine($"五老在册汇总：{roster}条，{clock.Elapsed.TotalSeconds:0.0} 秒");
        var tasks = await Features.Statistics.Rollup.TaskTally.RebuildAsync(db, ct);
        log.WriteLine($"计划任务汇总：{tasks}条，{clock.Elapsed.TotalSeconds:0.0} 秒");
        await writer.ResetSequencesAsync(ct);
        await writer.AnalyzeAsync(ct);
        return new GenerationReport(writer.Counts.ToDictionary(c => c.Key.Name, c => c.Value), clock.Elapsed);
    }

    internal static Unit NewUnit(IdSource ids, Unit? parent, string name, UnitLevel level, UnitKind kind, int order, DateTime created, List<Unit> into)
    {
        var id = ids.Unit++;
        var unit = new Unit
        {
            Id = id, ParentId = parent?.Id, Name = name, Level = level, Kind = kind, SortOrder = order,
            Depth = (parent?.Depth ?? -1) + 1, Path = $"{parent?.Path ?? "/"}{id}/", IsActive = true, CreatedUtc = created, Version = 1,
        };
        into.Add(unit);
        return unit;
    }

    private static async Task<long> NextIdAsync<T>(DbSet<T> set, CancellationToken ct)
        where T : class =>
        (await set.MaxAsync(e => (long?)EF.Property<long>(e, "Id"), ct) ?? 0) + 1;
}

/// <summary>The next id of each generated table (ids are given by the generator, so rows can point at each other before they are written).</summary>
public sealed class IdSource(long unit, long volunteer, long statusChange, long activity, long hour, long plan, long section, long task, long assignment, long progress, long cell)
{
    public long Unit = unit, Volunteer = volunteer, StatusChange = statusChange, Activity = activity, Hour = hour,
        Plan = plan, Section = section, Task = task, Assignment = assignment, Progress = progress, Cell = cell;

    /// <summary>Set after the others: the stations, correspondents and publicity came later, and the positional list is long enough.</summary>
    public long Station, Honour, Correspondent, Outlet, ScoringRule, Article, Author, Step, Adoption;
}

public sealed record GenerationReport(IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed);
