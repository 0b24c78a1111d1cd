using System.Globalization;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Features.Activities;

/// <summary>
/// Everything the platform holds about one volunteer, for a copy they ask for (PIPL's right of
/// access): the roster entry, status history, care visits, training and service hours. It lives here
/// because Activities may read People, not the other way round.
/// </summary>
public sealed class VolunteerRecord(GuangongDbContext db)
{
    public async Task<(string Name, Dictionary<string, object> Sheets, int Rows)?> SheetsAsync(long volunteerId, CancellationToken ct = default)
    {
        var v = await db.FindInScopeAsync<Volunteer>(volunteerId, ct);
        if (v is null)
        {
            return null;
        }

        var unit = await db.Units.AsNoTracking().Where(u => u.Id == v.UnitId).Select(u => u.Name).SingleAsync(ct);
        var profile = new List<Dictionary<string, object?>>
        {
            Field("姓名", v.Name),
            Field("性别", EnumText.Of(v.Gender)),
            Field("民族", v.Ethnicity),
            Field("出生年份", v.BirthYear.ToString(CultureInfo.InvariantCulture)),
            Field("联系电话", v.Phone),
            Field("五老类别", v.Category),
            Field("队伍层级", v.Layer),
            Field("原工作单位", v.FormerUnit),
            Field("原职务", v.FormerPost),
            Field("政治面貌", v.PoliticalStatus),
            Field("特长", v.Specialties),
            Field("所在单位", unit),
            Field("状态", EnumText.Of(v.Status)),
            Field("备注", v.Notes),
        };
        var history = await db.Set<VolunteerStatusChange>().AsNoTracking().Where(h => h.VolunteerId == volunteerId).OrderBy(h => h.Date).ThenBy(h => h.Id)
            .Select(h => new { h.Date, h.FromStatus, h.ToStatus, h.Note }).ToListAsync(ct);
        var visits = await db.Set<VolunteerVisit>().AsNoTracking().Where(x => x.VolunteerId == volunteerId).OrderBy(x => x.Date)
            .Select(x => new { x.Date, x.VisitedBy, x.Health, x.Needs, x.FollowUp }).ToListAsync(ct);
        var training = await db.Set<People.Training.TrainingAttendance>().AsNoTracking().Where(a => a.VolunteerId == volunteerId)
            .OrderBy(a => a.Session!.Date).Select(a => new { a.Session!.Date, a.Session.Topic, a.Session.Hours }).ToListAsync(ct);
        var hours = await db.ServiceHourEntries.AsNoTracking().Where(e => e.VolunteerId == volunteerId).OrderBy(e => e.Date).ThenBy(e => e.Id)
            .Select(e => new { e.Date, Title = e.Activity != null ? e.Activity.Title : e.SourceTitle, e.Tenths, e.Verified, e.OnBehalf, e.Reason }).ToListAsync(ct);

        var sheets = new Dictionary<string, object>
        {
            ["基本信息"] = profile,
            ["状态变化"] = history.Select(h => new Dictionary<string, object?>
            {
                ["日期"] = h.Date, ["原状态"] = h.FromStatus is { } f ? EnumText.Of(f) : "（新登记）", ["新状态"] = EnumText.Of(h.ToStatus), ["说明"] = h.Note,
            }).ToList(),
            ["走访记录"] = visits.Select(x => new Dictionary<string, object?>
            {
                ["日期"] = x.Date, ["走访人"] = x.VisitedBy, ["身体状况"] = x.Health, ["需求"] = x.Needs, ["后续跟进"] = x.FollowUp,
            }).ToList(),
            ["学习培训"] = training.Select(t => new Dictionary<string, object?>
            {
                ["日期"] = t.Date, ["主题"] = t.Topic, ["学时"] = t.Hours,
            }).ToList(),
            ["服务时长"] = hours.Select(e => new Dictionary<string, object?>
            {
                ["日期"] = e.Date, ["活动"] = e.Title, ["小时"] = e.Tenths / 10m, ["已核实"] = e.Verified ? "是" : "否",
                ["代录"] = e.OnBehalf ? "是" : "否", ["说明"] = e.Reason,
            }).ToList(),
        };
        return (v.Name, sheets, profile.Count + history.Count + visits.Count + training.Count + hours.Count);
    }

    private static Dictionary<string, object?> Field(string name, string? value) => new() { ["项目"] = name, ["内容"] = value ?? string.Empty };

}
