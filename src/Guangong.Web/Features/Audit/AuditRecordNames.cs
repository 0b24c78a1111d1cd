using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using Guangong.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Guangong.Web.Features.Audit;

/// <summary>
/// What the records an audit page names by number are called (an activity's title, a volunteer's name, a task's
/// number): the entry's own record and those its id fields point to, found through the model's foreign keys.
/// Read through the data scope like any other read, so a record the reader may not see, or one since removed,
/// keeps its number.
/// </summary>
public sealed partial class AuditRecordNames(GuangongDbContext db)
{
    // The first of these a record has is what people call it by; a record without one keeps its number.
    private static readonly string[] NameProperties = ["Title", "Name", "DisplayName", "JudgeName", "PersonName", "SubjectName", "Topic", "Label", "Number", "FileName", "Place", "Text"];

    // Records people call by a column none of the above names: a dictionary item by its value, an issuing profile by its
    // 发文机关标志, an education base by its host (it has no name of its own). Said per type: a column called Value
    // elsewhere (a sign-in token's) must never be read out as a name.
    private static readonly FrozenDictionary<string, string> NamedBy = new Dictionary<string, string>
    {
        ["DictionaryItem"] = "Value", ["IssuingProfile"] = "IssuerMark", ["EducationBase"] = "Host", ["PublicityAward"] = "TargetName",
    }.ToFrozenDictionary();

    // Records with neither a name nor a named record to point to but their unit (shown beside them already), called by
    // what they are among their unit's: a rule by its kind, a year's record by its year (and month).
    private static readonly FrozenDictionary<string, string> NamedByChoice = new Dictionary<string, string>
    {
        ["LeadershipRule"] = "Kind",
    }.ToFrozenDictionary();

    // Said per type: a record whose Year is not all that sets it apart (a report period's month or quarter is in its kind
    // and number) must not be called by its year alone.
    private static readonly FrozenSet<string> NamedByYear = new[] { "ScoringRule", "ZeroCrimeStatus", "PublicityMonthClosure" }.ToFrozenSet();

    // Records that are a reporting period of their unit (Kind Month, Quarter or Year; Number the month or quarter): called
    // 2026年3月, 2026年第1季度 or 2026年度 (their Number alone, 0 for a year, read as the record's name).
    private static readonly FrozenSet<string> NamedByPeriod = new[] { "ReportPeriod" }.ToFrozenSet();

    // Id fields kept without a foreign key in the model whose record type is not their name less "Id".
    private static readonly FrozenDictionary<string, string> IdFieldAliases = new Dictionary<string, string>
    {
        ["TaskId"] = "PlanTask", ["PlanId"] = "WorkPlan", ["AssignmentId"] = "TaskAssignment", ["CaseId"] = "CareCase",
        ["ApplicationId"] = "StationApplication", ["CriterionId"] = "TemplateCriterion",
    }.ToFrozenDictionary();

    private static readonly MethodInfo NamesOfMethod = typeof(AuditRecordNames).GetMethod(nameof(NamesOfAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly MethodInfo DescribedMethod = typeof(AuditRecordNames).GetMethod(nameof(DescribedAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static readonly MethodInfo PointersOfMethod = typeof(AuditRecordNames).GetMethod(nameof(PointersOfAsync), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>(entity, id field) → the entity its value is the key of, by the names the trail records.</summary>
    public static FrozenDictionary<(string Entity, string Field), string> References(IModel model)
    {
        var types = model.GetEntityTypes().Where(t => !t.IsOwned()).Select(t => t.ClrType.Name).ToHashSet(StringComparer.Ordinal);
        var byKey = model.GetEntityTypes()
            .SelectMany(t => t.GetForeignKeys()
                .Where(k => k.Properties.Count == 1 && !NamedByLookup(k.PrincipalEntityType.ClrType.Name))
                .Select(k => (Key: (t.ClrType.Name, k.Properties[0].Name), Principal: k.PrincipalEntityType.ClrType.Name)));

        // An id field with no foreign key (a score's ContestId) still names its record when its name says which type it is.
        var byName = model.GetEntityTypes()
            .SelectMany(t => t.GetProperties()
                .Where(p => p.ClrType == typeof(long) && p.Name.Length > 2 && p.Name.EndsWith("Id", StringComparison.Ordinal) && !p.IsPrimaryKey())
                .Select(p => (Key: (t.ClrType.Name, p.Name), Principal: IdFieldAliases.GetValueOrDefault(p.Name) ?? p.Name[..^2]))
                .Where(x => types.Contains(x.Principal) && !NamedByLookup(x.Principal)));
        return byKey.Concat(byName).DistinctBy(x => x.Key).ToFrozenDictionary(x => x.Key, x => x.Principal);
    }

    /// <summary>The names of the records <paramref name="entries"/> name, keyed by entity and id.</summary>
    public async Task<IReadOnlyDictionary<(string Entity, long Id), string>> OfAsync(
        IEnumerable<AuditEntry> entries, FrozenDictionary<(string Entity, string Field), string> references, CancellationToken ct = default)
    {
        var list = entries as IReadOnlyCollection<AuditEntry> ?? [.. entries];
        var wanted = list.SelectMany(e => Referenced(e, references)).Distinct().ToList();
        var names = new Dictionary<(string, long), string>();
        foreach (var group in wanted.GroupBy(r => r.Entity))
        {
            foreach (var (id, text) in await NamesAsync(group.Key, [.. group.Select(r => r.Id)], references, ct))
            {
                names[(group.Key, id)] = text;
            }
        }

        // A record since removed (or never given a name column the lookup knows) is still called what its own entries say.
        foreach (var ((entity, id), name) in NamesInEntries(list))
        {
            names.TryAdd((entity, id), name);
        }

        return names;
    }

    private static IEnumerable<((string Entity, long Id) Record, string Name)> NamesInEntries(IEnumerable<AuditEntry> entries)
    {
        foreach (var entry in entries.OrderByDescending(e => e.TimestampUtc))
        {
            if (!long.TryParse(entry.EntityId, CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            var values = AuditValueText.Values(entry.Changes);
            if (NamedByPeriod.Contains(entry.Entity))
            {
                if (PeriodText(values.GetValueOrDefault("Kind"), values.GetValueOrDefault("Year"), values.GetValueOrDefault("Number")) is { } period)
                {
                    yield return ((entry.Entity, id), period);
                }

                continue;
            }

            var columns = NamedBy.TryGetValue(entry.Entity, out var column) ? [column] : NameProperties;
            if (columns.Select(values.GetValueOrDefault).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } name)
            {
                yield return ((entry.Entity, id), Shorten(name));
            }
            else if (NamedByYear.Contains(entry.Entity) && int.TryParse(values.GetValueOrDefault("Year"), CultureInfo.InvariantCulture, out var year))
            {
                yield return ((entry.Entity, id), YearText(year, int.TryParse(values.GetValueOrDefault("Month"), CultureInfo.InvariantCulture, out var month) ? month : null));
            }
        }
    }

    /// <summary>
    /// The names of some records of one type; a type without a name column (a patrol, a judge's score) is called by the
    /// record its id fields point to that has one (the volunteer, the piece), taken in the fields' order, a record whose
    /// first is empty by the next (a patrol's hour line has no activity: it is called by its 五老), when
    /// <paramref name="references"/> are given.
    /// </summary>
    private async Task<IReadOnlyDictionary<long, string>> NamesAsync(string entity, List<long> ids,
        FrozenDictionary<(string Entity, string Field), string>? references, CancellationToken ct)
    {
        var type = FindType(entity);
        if (type?.FindPrimaryKey()?.Properties is not [{ Name: "Id" } key] || key.ClrType != typeof(long))
        {
            return new Dictionary<long, string>();
        }

        if (NamedByPeriod.Contains(entity))
        {
            return await (Task<Dictionary<long, string>>)DescribedMethod.MakeGenericMethod(type.ClrType).Invoke(this, [ids, ct])!;
        }

        if (NameOf(type) is { } name)
        {
            return await (Task<Dictionary<long, string>>)NamesOfMethod.MakeGenericMethod(type.ClrType).Invoke(this, [ids, name, ct])!;
        }

        var names = new Dictionary<long, string>();
        var vias = references?.Where(r => r.Key.Entity == entity && FindType(r.Value) is { } p && NameOf(p) is not null)
            .OrderBy(r => r.Key.Field, StringComparer.Ordinal).ToList() ?? [];
        foreach (var via in vias)
        {
            var unnamed = ids.Where(id => !names.ContainsKey(id)).ToList();
            if (unnamed.Count == 0)
            {
                break;
            }

            var pointers = await (Task<Dictionary<long, long>>)PointersOfMethod.MakeGenericMethod(type.ClrType).Invoke(this, [unnamed, via.Key.Field, ct])!;
            var principal = await NamesAsync(via.Value, [.. pointers.Values.Distinct()], null, ct);
            foreach (var (id, to) in pointers.Where(p => principal.ContainsKey(p.Value)))
            {
                names[id] = principal[to];
            }
        }

        var left = ids.Where(id => !names.ContainsKey(id)).ToList();
        if (left.Count > 0 && (NamedByChoice.ContainsKey(entity) || NamedByYear.Contains(entity)))
        {
            var described = await (Task<Dictionary<long, string>>)DescribedMethod.MakeGenericMethod(type.ClrType).Invoke(this, [left, ct])!;
            foreach (var (id, text) in described)
            {
                names[id] = text;
            }
        }

        return names;
    }

    private IReadOnlyEntityType? FindType(string entity) => db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == entity && !t.IsOwned());

    // Units, accounts and roles are named by the lookup already, from the tree and the user table.
    private static bool NamedByLookup(string type) => type is "Unit" or "AppUser" or "AppRole";

    private static string? NameOf(IReadOnlyEntityType type) =>
        NamedBy.TryGetValue(type.ClrType.Name, out var column) ? column
        : NameProperties.Select(type.FindProperty).FirstOrDefault(p => p?.ClrType == typeof(string))?.Name;

    private async Task<Dictionary<long, long>> PointersOfAsync<T>(List<long> ids, string property, CancellationToken ct)
        where T : class =>
        (await db.Set<T>().AsNoTracking()
            .Where(e => ids.Contains(EF.Property<long>(e, "Id")))
            .Select(e => new { Id = EF.Property<long>(e, "Id"), To = EF.Property<long?>(e, property) })
            .ToListAsync(ct))
        .Where(r => r.To is not null)
        .ToDictionary(r => r.Id, r => r.To!.Value);

    private async Task<Dictionary<long, string>> NamesOfAsync<T>(List<long> ids, string property, CancellationToken ct)
        where T : class =>
        (await db.Set<T>().AsNoTracking()
            .Where(e => ids.Contains(EF.Property<long>(e, "Id")))
            .Select(e => new { Id = EF.Property<long>(e, "Id"), Name = EF.Property<string?>(e, property) })
            .ToListAsync(ct))
        .Where(r => !string.IsNullOrWhiteSpace(r.Name))
        .ToDictionary(r => r.Id, r => Shorten(r.Name!));

    // A name long enough to be a paragraph is shortened, marked with an ellipsis: the line only has to say which record it is.
    private static string Shorten(string name) => name.Length <= 30 ? name : string.Concat(name.AsSpan(0, 28), "…");

    private static IEnumerable<(string Entity, long Id)> Referenced(AuditEntry entry, FrozenDictionary<(string Entity, string Field), string> references)
    {
        if (long.TryParse(entry.EntityId, CultureInfo.InvariantCulture, out var own))
        {
            yield return (entry.Entity, own);
        }

        foreach (var (field, id) in AuditValueText.IdValues(entry.Changes))
        {
            if (references.TryGetValue((entry.Entity, field), out var principal))
            {
                yield return (principal, id);
            }
        }
    }
}
