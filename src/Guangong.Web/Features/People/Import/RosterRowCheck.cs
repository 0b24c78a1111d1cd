using Guangong.Web.Infrastructure.Text;
using System.Globalization;
using Guangong.Web.Infrastructure.Time;

namespace Guangong.Web.Features.People.Import;

/// <summary>
/// Checks the rows of one uploaded roster against the roster in the importer's scope. A row with a
/// 编号 (an exported row) or with the name and phone of exactly one person on the roster updates that
/// person; any other row adds a new one. Blank cells of an update keep what the roster has, and a
/// phone still masked as exported (138****5678) keeps the stored number. Of the roster it reads what tells people apart
/// (<see cref="RosterKey"/>) only for those the rows could name (<see cref="Wanted"/>: their names and 编号), and the whole
/// record only of the people the rows name (<see cref="ForAsync"/>): a town's roster grows by tens of thousands in an
/// import, and reading all of it twice for each file (preview and confirmation) was most of the check.
/// </summary>
public sealed class RosterRowCheck
{
    private readonly RosterCodes codes;
    private readonly long? importerUnitId;
    private readonly Dictionary<long, RosterKey> byId;
    private readonly Dictionary<(string, string), List<RosterKey>> byNameAndPhone;
    private readonly Dictionary<string, long> keys;
    private readonly Dictionary<string, int> seenKeys = [];
    private readonly Dictionary<long, int> seenIds = [];
    private readonly Dictionary<int, RosterKey> keyOfRow = [];
    private Dictionary<long, Volunteer> named = [];

    private RosterRowCheck(RosterCodes codes, IReadOnlyList<RosterKey> roster, long? importerUnitId)
    {
        (this.codes, this.importerUnitId) = (codes, importerUnitId);
        byId = roster.ToDictionary(v => v.Id);
        byNameAndPhone = roster
            .Where(v => !v.IsErased && !string.IsNullOrEmpty(v.Phone))
            .GroupBy(v => (v.Name, v.Phone!))
            .ToDictionary(g => g.Key, g => g.ToList());
        keys = roster
            .GroupBy(v => Key(v.Name, v.BirthYear, v.Phone))
            .ToDictionary(g => g.Key, g => g.First().Id);
    }

    /// <summary>
    /// Whom the rows could name: every name as typed (trimmed, as <see cref="Find"/> matches it) and as checked (as the
    /// duplicate check keys it), and every 编号. The roster's keys need be read only for these.
    /// </summary>
    public static (List<string> Names, List<long> Ids) Wanted(IReadOnlyList<RosterSheetRow> rows)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<long>();
        foreach (var row in rows)
        {
            if (row.Input.Name?.Trim() is { Length: > 0 } name)
            {
                names.Add(name);
                names.Add(VolunteerRules.NormalizeName(name));
            }

            if (Number(row) is { } id)
            {
                ids.Add(id);
            }
        }

        return ([.. names], [.. ids]);
    }

    /// <summary>The check of <paramref name="rows"/>, with the whole records of the people they name read by <paramref name="load"/>.</summary>
    public static async Task<RosterRowCheck> ForAsync(
        IReadOnlyList<RosterSheetRow> rows, RosterCodes codes, IReadOnlyList<RosterKey> roster, long? importerUnitId,
        Func<List<long>, Task<List<Volunteer>>> load)
    {
        var check = new RosterRowCheck(codes, roster, importerUnitId);
        foreach (var row in rows)
        {
            if (check.Find(row) is { } key)
            {
                check.keyOfRow[row.Row] = key;
            }
        }

        var ids = check.keyOfRow.Values.Select(k => k.Id).Distinct().ToList();
        check.named = ids.Count == 0 ? [] : (await load(ids)).ToDictionary(v => v.Id);
        return check;
    }

    public RosterImportRow Check(RosterSheetRow row)
    {
        var (input, problems) = (row.Input, new List<string>());
        var existing = Match(row, problems);
        if (existing is null)
        {
            input.UnitId ??= importerUnitId?.ToString(CultureInfo.InvariantCulture);
            input.Ethnicity ??= "汉族";
            input.Status ??= "在册";
        }
        else
        {
            KeepWhatTheRosterHas(input, existing);
        }

        var (values, errors) = VolunteerRules.Check(input, codes, isNew: true);
        problems.AddRange(errors.Select(e => $"{RosterColumns.HeaderOf(e.Field)}：{e.Message}"));
        IReadOnlyList<string>? changes = null;
        if (values is not null && problems.Count == 0)
        {
            var key = Key(values.Name, values.BirthYear, values.Phone);
            if (keys.TryGetValue(key, out var other) && other != existing?.Id)
            {
                problems.Add(existing is null ? "名册中已有同名、同出生年份、同电话的人" : $"名册中已有同名、同出生年份、同电话的另一人（编号{other}）");
            }
            else if (seenKeys.TryGetValue(key, out var first))
            {
                problems.Add($"与第{first}行重复");
            }
            else
            {
                seenKeys[key] = row.Row;
            }

            if (existing is not null)
            {
                if (values.Status != existing.Status && values.StatusDate < existing.StatusDate)
                {
                    problems.Add($"状态日期：不能早于上次状态变更（{ChinaTime.Date(existing.StatusDate)}）");
                }

                changes = Changes(existing, values);
            }
        }

        return new RosterImportRow(row.Row, input, problems, problems.Count == 0 ? values : null,
            values is null ? null : codes.Units[values.UnitId].Label, row.IdText, existing?.Id, changes);
    }

    /// <summary>The person a row names: by its 编号, or by a name and phone only one person on the roster has.</summary>
    private RosterKey? Find(RosterSheetRow row)
    {
        if (!string.IsNullOrWhiteSpace(row.IdText))
        {
            return Number(row) is { } id && byId.TryGetValue(id, out var byNumber) ? byNumber : null;
        }

        return row.Input.Name?.Trim() is { Length: > 0 } name && row.Input.Phone?.Trim() is { Length: > 0 } phone
            && byNameAndPhone.TryGetValue((name, phone), out var same) && same.Count == 1 ? same[0] : null;
    }

    private static long? Number(RosterSheetRow row) =>
        !string.IsNullOrWhiteSpace(row.IdText) && long.TryParse(row.IdText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private Volunteer? Match(RosterSheetRow row, List<string> problems)
    {
        // Found once for every row when the check was made (the records it names were read then).
        var key = keyOfRow.GetValueOrDefault(row.Row);
        if (key is null)
        {
            if (!string.IsNullOrWhiteSpace(row.IdText))
            {
                problems.Add($"编号：{row.IdText.Trim()} 不是您管理范围内名册中的编号（新增的人请不填编号）");
            }

            return null;
        }

        var found = named[key.Id];
        if (found.IsErased)
        {
            problems.Add(VolunteerRoster.ErasedMessage);
        }
        else if (seenIds.TryGetValue(found.Id, out var first))
        {
            problems.Add($"与第{first}行是同一人（编号{found.Id}）");
        }
        else
        {
            seenIds[found.Id] = row.Row;
        }

        return found;
    }

    private void KeepWhatTheRosterHas(VolunteerInput input, Volunteer existing)
    {
        input.UnitId ??= existing.UnitId.ToString(CultureInfo.InvariantCulture);
        input.Ethnicity ??= existing.Ethnicity;
        input.Status ??= existing.Status.ToString();
        if (input.Phone?.Trim() is { } phone && existing.Phone is not null && phone == PhoneMask.Mask(existing.Phone))
        {
            input.Phone = existing.Phone;
        }

        // The status date belongs to a change of status; with the status as it was, the roster's date stands.
        if (VolunteerRules.ParseStatus(input.Status) == existing.Status)
        {
            input.StatusDate = DateText.Iso(existing.StatusDate);
        }
        else if (string.IsNullOrWhiteSpace(input.StatusDate))
        {
            input.StatusDate = DateText.Iso(codes.Today);
        }
    }

    private static List<string> Changes(Volunteer v, VolunteerValues n) =>
        [.. VolunteerValues.Fields.Where(f => !Equals(f.Current(v), f.Wanted(n))).Select(f => RosterColumns.HeaderOf(f.Name)),
            .. v.Status == n.Status ? Array.Empty<string>() : [RosterColumns.HeaderOf(nameof(VolunteerInput.Status))]];

    private static string Key(string name, int birthYear, string? phone) => $"{name}|{birthYear}|{phone}";
}

/// <summary>What tells the people on a roster apart, read for everyone in the importer's scope.</summary>
public sealed record RosterKey(long Id, string Name, int BirthYear, string? Phone, bool IsErased);
