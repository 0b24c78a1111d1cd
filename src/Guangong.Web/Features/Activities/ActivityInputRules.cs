using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Dictionaries;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// The one validator of an activity as typed into the form or sent to the API: status, words,
/// date, times, unit, venue, plan task, the young people reached.
/// </summary>
public sealed class ActivityInputRules(GuangongDbContext db, CodeLists codeLists, IPlanTaskCatalog planTasks, IClosedMonths closedMonths, TimeProvider clock)
{
    /// <summary>Checks the input and, where it is valid, copies it onto the activity; answers what is wrong, field by field.</summary>
    public async Task<List<FieldError>> ApplyAsync(Activity activity, ActivityInput input, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        void Fail(string field, string message) => errors.Add(new FieldError(field, message));
        var today = ChinaTime.Today(clock);

        var status = EnumText.Parse<ActivityStatus>(input.Status) ?? 0;
        if (status == 0)
        {
            Fail(nameof(input.Status), "状态只能是已开展、计划中或草稿。");
        }

        var draft = status == ActivityStatus.Draft;
        var title = input.Title?.Trim() ?? string.Empty;
        if (title.Length == 0 && !draft)
        {
            Fail(nameof(input.Title), "请填写活动名称。");
        }
        else if (title.Length > 100)
        {
            Fail(nameof(input.Title), "活动名称不能超过100个字。");
        }

        var category = input.Category?.Trim() ?? string.Empty;
        if (category.Length > 0 && !(await codeLists.EnabledValuesAsync("活动类别", ct)).Contains(category))
        {
            Fail(nameof(input.Category), "请从列表中选择活动类别。");
        }
        else if (category.Length == 0 && !draft)
        {
            Fail(nameof(input.Category), "请选择活动类别。");
        }

        var date = DateField.Read(input.Date, DateKind.Event, today, nameof(input.Date), errors, "请填写活动日期。");
        if (status == ActivityStatus.Completed && date > today)
        {
            Fail(nameof(input.Date), "已开展的活动，日期不能晚于今天；尚未开展的请选“计划中”。");
        }

        var start = ParseTime(input.StartTime, nameof(input.StartTime), errors);
        var end = ParseTime(input.EndTime, nameof(input.EndTime), errors);
        if (start is { } st && end is { } et && et <= st)
        {
            Fail(nameof(input.EndTime), "结束时间应晚于开始时间。");
        }

        CheckLength(input.Theme, 60, nameof(input.Theme), "活动主题", errors);
        CheckLength(input.Place, 100, nameof(input.Place), "地点", errors);
        CheckLength(input.Summary, 4000, nameof(input.Summary), "活动简介", errors);
        var partners = JoinTags(input.Partners);
        CheckLength(partners, 300, nameof(input.Partners), "协办单位", errors);
        var groups = JoinTags(input.YouthGroups);
        CheckLength(groups, 200, nameof(input.YouthGroups), "青少年群体", errors);

        // 四进 and laws belong to legal-education activities only; on another category they are not kept.
        var legal = LegalEducation.IsLegalCategory(category);
        var fourIn = legal ? LegalEducation.ReadFourIn(input.FourIn, nameof(input.FourIn), errors) : 0;
        var laws = legal ? LegalEducation.ReadLaws(input.Laws, nameof(input.Laws), errors) : null;

        var unit = long.TryParse(input.UnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId)
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId && u.IsActive, ct)
            : null;
        if (unit is null)
        {
            Fail(nameof(input.UnitId), "请选择组织单位（须在您的管理范围内）。");
        }

        var youth = 0;
        if (!string.IsNullOrWhiteSpace(input.YouthReached))
        {
            var typed = Infrastructure.Text.TypedDigits.Number(input.YouthReached)!.Trim();
            if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out youth))
            {
                // A number too long for the field is a number out of range, said with what was typed (the box no longer
                // cuts it to six digits first, which turned 100000000000 into 100000).
                Fail(nameof(input.YouthReached), typed.All(char.IsAsciiDigit) && unit is not null ? OutOfRange(typed, unit.Level) : "参与青少年人数须为0或正整数。");
            }
            else if (unit is not null && youth > MaxYouth(unit.Level))
            {
                Fail(nameof(input.YouthReached), OutOfRange(youth.ToString(CultureInfo.InvariantCulture), unit.Level));
            }
        }

        long? venueId = null;
        if (!string.IsNullOrWhiteSpace(input.VenueUnitId))
        {
            // A venue is one the form offered (an active unit in the scope), or the one already recorded
            // (an upper-level recorder may have chosen a venue this user cannot see: it stays as it was).
            venueId = long.TryParse(input.VenueUnitId, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                && (v == activity.VenueUnitId || await db.Units.AnyAsync(u => u.Id == v && u.IsActive, ct)) ? v : null;
            if (venueId is null)
            {
                Fail(nameof(input.VenueUnitId), "请从列表中选择活动场所。");
            }
        }

        long? planTaskId = null;
        if (!string.IsNullOrWhiteSpace(input.PlanTaskId))
        {
            // Only a task assigned within the user's scope can take this activity as evidence.
            planTaskId = long.TryParse(input.PlanTaskId, NumberStyles.None, CultureInfo.InvariantCulture, out var t)
                && await planTasks.IsAssignedInScopeAsync(t, ct) ? t : null;
            if (planTaskId is null)
            {
                Fail(nameof(input.PlanTaskId), "请从列表中选择计划任务。");
            }
        }

        if (unit is not null && date is { } day && !errors.Any(e => e.Field == nameof(input.Date))
            && await ClosedRefusalAsync(activity, status, day, unit.Id, unit.Path, category, youth, ct) is { } closed)
        {
            Fail(nameof(input.Date), closed);
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        activity.Title = title.Length == 0 ? "（未命名草稿）" : title;
        activity.Category = category;
        activity.Theme = Blank(input.Theme);
        activity.Status = status;
        activity.Date = date!.Value;
        activity.StartTime = start;
        activity.EndTime = end;
        activity.Place = Blank(input.Place);
        activity.Partners = partners;
        activity.YouthReached = youth;
        activity.YouthGroups = groups;
        activity.Summary = Blank(input.Summary);
        activity.FourIn = fourIn;
        activity.LawsTaught = laws;
        activity.UnitId = unit!.Id;
        activity.UnitPath = unit.Path;
        activity.VenueUnitId = venueId;
        activity.PlanTaskId = planTaskId;
        return errors;
    }

    /// <summary>
    /// A change of the figures of a closed month (a held activity added there, or one there changed, moved or
    /// set back), said beside the date with the other messages; a change of words only is not refused.
    /// </summary>
    private async Task<string?> ClosedRefusalAsync(Activity activity, ActivityStatus status, DateOnly day, long unitId, string unitPath, string category, int youth, CancellationToken ct)
    {
        var isNew = activity.Id == 0;
        if (!isNew && activity.Status == status && activity.Date == day && activity.UnitId == unitId && activity.Category == category && activity.YouthReached == youth)
        {
            return null;
        }

        var months = new List<(string, DateOnly)>();
        if (status == ActivityStatus.Completed)
        {
            months.Add((unitPath, day));
        }

        if (!isNew && activity.Status == ActivityStatus.Completed)
        {
            months.Add((activity.UnitPath, activity.Date));
        }

        return months.Count == 0 ? null : await closedMonths.RefusalAsync(months, ct);
    }

    public static int MaxYouth(UnitLevel level) => level switch
    {
        UnitLevel.Village => 3000,
        UnitLevel.Town => 20000,
        _ => 200000,
    };

    /// <summary>A count of young people beyond what one activity of the unit's level can reach, said with the number given.</summary>
    private static string OutOfRange(string youth, UnitLevel level) => $"{youth}人超出合理范围（{LevelText(level)}一次活动不超过{MaxYouth(level)}人），请核对。";

    private static string LevelText(UnitLevel level) => level == UnitLevel.Village ? "村、社区、学校等基层单位" : Components.Shared.EnumText.Of(level) + "级单位";

    private static TimeOnly? ParseTime(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim(), ["H:mm", "HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return t;
        }

        errors.Add(new FieldError(field, "时间格式应如 14:30。"));
        return null;
    }

    private static string? JoinTags(string? text) => People.SpecialtyText.Normalize(text);

    private static void CheckLength(string? value, int max, string field, string label, List<FieldError> errors)
    {
        if (value is { } v && v.Trim().Length > max)
        {
            errors.Add(new FieldError(field, $"{label}不能超过{max}个字。"));
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
