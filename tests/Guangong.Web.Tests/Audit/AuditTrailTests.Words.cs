using System.Net;
using System.Text.RegularExpressions;
using Guangong.Web.Components.Shared;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Committees;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Audit;

/// <summary>The audit log names every entity and field it can record in Chinese (issue 12, point 9).</summary>
public abstract partial class AuditTrailTests
{
    /// <summary>Entries that name no entity type of the model (event entries written by hand).</summary>
    private static readonly string[] EventEntities =
        [ReadAuditMiddleware.DownloadEntity, ReadAuditMiddleware.ApiReadEntity, "Statistics", nameof(AuditEntry)];

    [Fact]
    public async Task Every_entity_and_field_the_trail_can_record_has_a_Chinese_name()
    {
        var missing = await App.WithDbAsync(db => Task.FromResult(Untranslated(db.Model)));

        Assert.True(missing.Count == 0, "Without a Chinese name of its own in the audit log (name it, or list a field that only the software reads as technical):\n"
            + string.Join('\n', missing));
    }

    [Fact]
    public async Task The_object_filter_of_the_audit_page_reads_in_Chinese()
    {
        // Entries of a credential and a role membership, the rows with composite keys.
        var zhenglu = await App.SignedInAsync("zhenglu");
        var twoFactor = await zhenglu.GetStringAsync("/account/two-factor");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await zhenglu.PostAsync("/account/two-factor", new FormUrlEncodedContent(HtmlForm.Fields(twoFactor, "2fa-start")))).StatusCode);
        var admin = await App.SignedInAsync("admin");

        var html = await admin.GetStringAsync("/admin/audit");

        var select = Regex.Match(html, """<select[^>]*name="entity"[^>]*>(.*?)</select>""", RegexOptions.Singleline).Groups[1].Value;
        var options = Regex.Matches(select, "<option[^>]*>([^<]*)</option>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();
        Assert.True(options.Count > 5, "The filter lists the entities of the demo's entries: " + string.Join("、", options));
        Assert.All(options, o => Assert.DoesNotMatch("[A-Za-z]", o));
        var objects = Regex.Matches(html, """<td data-label="对象">([^<]*)</td>""").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(objects);
        // The entity's word; the record's own name after it may hold Latin letters (a.jpg, PPT).
        Assert.All(objects, o => Assert.DoesNotMatch("[A-Za-z]", o.Split(' ')[0]));
    }

    [Fact]
    public async Task Units_an_entry_names_read_as_their_names()
    {
        // A person moved between two villages: the entry's unit and the old and new unit of its field list are read by
        // name for the entries on the page (not from the whole tree).
        var (town, from, to) = (await App.UnitAsync("郑陆镇关工委"), await App.UnitAsync("焦溪村关工委"), await App.UnitAsync("舜山村关工委"));
        var name = "审计迁" + ChineseName.From(Guid.NewGuid().ToString("N")[..4]);
        var id = await App.WithDbAsync(async db =>
        {
            var v = new Volunteer { Name = name, UnitId = from.Id, UnitPath = from.Path, Gender = Gender.Male, BirthYear = 1950 };
            db.Volunteers.Add(v);
            await db.SaveChangesAsync();
            (v.UnitId, v.UnitPath) = (to.Id, to.Path);
            await db.SaveChangesAsync();
            return v.Id;
        }, town.Id, town.Path);

        var admin = await App.SignedInAsync("admin");
        // Only the new village's entries: the old village is named by the field list alone.
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/audit?entity=Volunteer&unit={to.Id}"));
        var moved = Regex.Match(html, $"<tr>(?:(?!</tr>).)*五老 {name}（{id}）(?:(?!</tr>).)*单位：{from.Name}(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;
        Assert.Contains(to.Name, moved);
        Assert.Contains($"<td data-label=\"单位\">{to.Name}</td>", moved);
        Assert.DoesNotMatch("单位：[0-9]", html);

        // The download names them the same way, read by id for its rows.
        var file = await admin.GetAsync($"/admin/audit/export?entity=Volunteer&unit={to.Id}&purpose=" + Uri.EscapeDataString("名册核对"));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        await using var stream = await file.Content.ReadAsStreamAsync();
        var changes = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "审计日志").Cast<IDictionary<string, object?>>()
            .Where(r => r["编号"]?.ToString() == $"{name}（{id}）").Select(r => r["内容"]?.ToString() ?? string.Empty).ToList();
        Assert.Contains(changes, c => c.Contains($"单位：{from.Name} → {to.Name}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Records_named_by_number_read_as_their_names()
    {
        var admin = await App.SignedInAsync("admin");
        var activity = await App.WithDbAsync(db => db.Activities.OrderBy(a => a.Id).Select(a => new { a.Id, a.Title }).FirstAsync());
        var visit = await App.WithDbAsync(db => db.VolunteerVisits.OrderBy(v => v.Id)
            .Join(db.Volunteers, v => v.VolunteerId, p => p.Id, (v, p) => new { v.Id, p.Name }).FirstAsync());

        // The entry's own record by its title (with its number), another record an id field points to by its name.
        var activities = Cells(await admin.GetStringAsync("/admin/audit?entity=Activity"), "对象");
        Assert.Contains($"活动 {activity.Title}（{activity.Id}）", activities);
        var visits = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit?entity=VolunteerVisit"));
        Assert.Contains($"<div>五老：{visit.Name}</div>", visits);
        Assert.DoesNotMatch("<div>五老：[0-9]+</div>", visits);

        // An id field the model keeps without a foreign key names its record by the field's name (a score's contest).
        var references = await App.WithDbAsync(db => Task.FromResult(AuditRecordNames.References(db.Model)));
        Assert.Equal("Contest", references[("SubmissionScore", "ContestId")]);
        Assert.Equal("PlanTask", references[("TaskAssignment", "TaskId")]);
        // A score's criterion reads as its text (评分要点：装备设施良好…), not its number.
        Assert.Equal("TemplateCriterion", references[("AssessmentScore", "CriterionId")]);

        // A record since removed is called what its own entries on the page say (the name it had when removed).
        var removed = new AuditEntry { Entity = "MemberUnit", EntityId = "987654", Action = "Delete", TimestampUtc = DateTime.UtcNow, Changes = """[{"Field":"Name","Old":"郑陆司法所","New":null}]""" };
        var names = await App.WithServiceAsync<AuditRecordNames, IReadOnlyDictionary<(string Entity, long Id), string>>(records => records.OfAsync([removed], references));
        Assert.Equal("郑陆司法所", names[("MemberUnit", 987654)]);

        // A record with no name column is called by the record its first id field points to: a patrol by its 五老.
        var patrol = await App.WithDbAsync(db => db.Patrols.OrderBy(p => p.Id).Select(p => new { p.Id, p.Volunteer!.Name }).FirstAsync());
        var patrolEntry = new AuditEntry { Entity = "Patrol", EntityId = patrol.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = "Update", TimestampUtc = DateTime.UtcNow };
        var patrolNames = await App.WithServiceAsync<AuditRecordNames, IReadOnlyDictionary<(string Entity, long Id), string>>(records => records.OfAsync([patrolEntry], references));
        Assert.Equal(patrol.Name, patrolNames[("Patrol", patrol.Id)]);

        // A record whose first id field is empty is called by the next: a patrol's hour line (no activity) by its 五老; a
        // field with no foreign key serves too: an assessment's score by what was assessed.
        var line = await App.WithDbAsync(db => db.ServiceHourEntries.Where(e => e.ActivityId == null).OrderBy(e => e.Id)
            .Join(db.Volunteers, e => e.VolunteerId, v => v.Id, (e, v) => new { e.Id, v.Name }).FirstAsync());
        var score = await App.WithDbAsync(db => db.AssessmentScores.OrderBy(x => x.Id)
            .Join(db.Assessments, x => x.AssessmentId, a => a.Id, (x, a) => new { x.Id, a.SubjectName }).FirstAsync());
        var nameless = await App.WithServiceAsync<AuditRecordNames, IReadOnlyDictionary<(string Entity, long Id), string>>(records => records.OfAsync(
        [
            new AuditEntry { Entity = "ServiceHourEntry", EntityId = line.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = "Update", TimestampUtc = DateTime.UtcNow },
            new AuditEntry { Entity = "AssessmentScore", EntityId = score.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = "Update", TimestampUtc = DateTime.UtcNow },
        ], references));
        Assert.Equal((line.Name, score.SubjectName), (nameless[("ServiceHourEntry", line.Id)], nameless[("AssessmentScore", score.Id)]));

        // A record called by a column of its own kind: a dictionary item by its value.
        var item = await App.WithDbAsync(db => db.DictionaryItems.OrderBy(i => i.Id).Select(i => new { i.Id, i.Value }).FirstAsync());
        var itemNames = await App.WithServiceAsync<AuditRecordNames, IReadOnlyDictionary<(string Entity, long Id), string>>(records => records.OfAsync(
            [new AuditEntry { Entity = "DictionaryItem", EntityId = item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Action = "Update", TimestampUtc = DateTime.UtcNow }], references));
        Assert.Equal(item.Value, itemNames[("DictionaryItem", item.Id)]);

        // Records with no name and nothing named to point to but their unit: a rule by its kind, a year's record by its
        // year (and month), also once removed; a step of a station's application by the application.
        var rule = await App.WithDbAsync(db => db.LeadershipRules.OrderBy(r => r.Id).FirstAsync());
        var status = await App.WithDbAsync(db => db.ZeroCrimeStatuses.OrderBy(z => z.Id).FirstAsync());
        var application = await App.WithDbAsync(db => db.StationApplications.OrderBy(a => a.Id).Select(a => new { a.Id, a.Title }).FirstAsync());
        static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var described = await App.WithServiceAsync<AuditRecordNames, IReadOnlyDictionary<(string Entity, long Id), string>>(records => records.OfAsync(
        [
            new AuditEntry { Entity = "LeadershipRule", EntityId = Id(rule.Id), Action = "Update", TimestampUtc = DateTime.UtcNow },
            new AuditEntry { Entity = "ZeroCrimeStatus", EntityId = Id(status.Id), Action = "Update", TimestampUtc = DateTime.UtcNow },
            new AuditEntry { Entity = "PublicityMonthClosure", EntityId = "987654", Action = "Delete", TimestampUtc = DateTime.UtcNow, Changes = """[{"Field":"Year","Old":"2023","New":null},{"Field":"Month","Old":"6","New":null}]""" },
            new AuditEntry { Entity = "ApplicationEvent", EntityId = "987655", Action = "Create", TimestampUtc = DateTime.UtcNow, Changes = $$"""[{"Field":"ApplicationId","Old":null,"New":"{{application.Id}}"}]""" },
            new AuditEntry { Entity = "ReportPeriod", EntityId = "987656", Action = "Update", TimestampUtc = DateTime.UtcNow, Changes = """[{"Field":"Year","Old":"2025","New":null}]""" },
        ], references));
        // A report period's month or quarter is in its kind and number: never called by its year alone.
        Assert.False(described.ContainsKey(("ReportPeriod", 987656)));
        Assert.Equal(EnumText.NameOf(typeof(RuleKind), rule.Kind.ToString()), described[("LeadershipRule", rule.Id)]);
        Assert.Equal($"{status.Year}年度", described[("ZeroCrimeStatus", status.Id)]);
        Assert.Equal("2023年6月", described[("PublicityMonthClosure", 987654)]);
        Assert.Equal(application.Title.Length <= 30 ? application.Title : application.Title[..28] + "…", described[("StationApplication", application.Id)]);

        // A record the reader cannot see or that is gone, with no entry naming it, keeps its number.
        var lookup = AuditLookup.None with { References = new Dictionary<(string, string), string> { [("VolunteerVisit", "VolunteerId")] = "Volunteer" } };
        Assert.Equal("五老：999999", Assert.Single(AuditText.Lines("""[{"Field":"VolunteerId","Old":null,"New":"999999"}]""", "VolunteerVisit", lookup)));
    }

    private static List<string> Cells(string html, string label) =>
        Regex.Matches(html, $"""<td data-label="{label}">([^<]*)</td>""").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();

    private static List<string> Untranslated(Microsoft.EntityFrameworkCore.Metadata.IModel model)
    {
        var missing = EventEntities.Where(e => HasLatin(AuditText.Entity(e))).Select(e => $"{e}（事件）").ToList();
        foreach (var type in model.GetEntityTypes().Where(t => !NeverAudited(t.ClrType)))
        {
            var entity = type.ClrType.Name;
            if (HasLatin(AuditText.Entity(entity)))
            {
                missing.Add(entity);
            }

            missing.AddRange(type.GetProperties()
                .Where(p => !AuditValueText.IsTechnical(p.Name) && HasLatin(AuditText.Field(entity, p.Name)))
                .Select(p => $"{entity}.{p.Name}"));

            // Two lines of one entry must not read alike ("登记人：张三 / 登记人：李四").
            missing.AddRange(type.GetProperties().Where(p => !AuditValueText.IsTechnical(p.Name))
                .GroupBy(p => AuditText.Field(entity, p.Name)).Where(g => g.Count() > 1)
                .Select(g => $"{entity}: {string.Join("、", g.Select(p => p.Name))} all read {g.Key}"));

            // An enum's members read as the forms show them (not as the code names them), whether or not the enum carries [Display] names.
            missing.AddRange(type.GetProperties()
                .Select(p => (p.Name, Enum: Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType))
                .Where(p => p.Enum.IsEnum && !AuditValueText.IsTechnical(p.Name))
                .SelectMany(p => Enum.GetNames(p.Enum).Select(member => (p.Name, Member: member)))
                .Where(p => AuditValueText.Read(entity, p.Name, p.Member, AuditLookup.None) == p.Member)
                .Select(p => $"{entity}.{p.Name} = {p.Member}"));
        }

        return missing;
    }

    private static bool NeverAudited(Type type) =>
        typeof(IDerived).IsAssignableFrom(type) || typeof(IScratch).IsAssignableFrom(type) || type == typeof(AuditEntry) || type == typeof(UserSession);

    private static bool HasLatin(string text) => text.Any(char.IsAsciiLetter);
}
