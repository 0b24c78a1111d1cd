using System.Net;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Activities;

/// <summary>A town's 五老 serve across its units: a school's recorder credits a village's volunteer, whose record stays the village's.</summary>
public abstract class TownVolunteerTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_school_recorder_credits_a_volunteer_of_another_unit_of_the_town_whose_record_stays_with_that_unit()
    {
        var school = await App.UnitAsync("乌审召小学");
        var town = await App.UnitAsync("乌审召镇关工委");
        var (wang, wangPath, wangUnit) = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name == "王志强").Select(v => new ValueTuple<long, string, string>(v.Id, v.UnitPath, v.Unit!.Name)).SingleAsync());
        Assert.False(wangPath.StartsWith(school.Path, StringComparison.Ordinal));
        Assert.StartsWith(town.Path, wangPath, StringComparison.Ordinal);
        var outsider = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Unit!.Name.StartsWith("郑陆") && v.Status == Web.Features.People.VolunteerStatus.Active).Select(v => v.Id).FirstAsync());

        var recorder = await App.SignedInAsync("wsz-school");
        var form = await recorder.GetStringAsync("/activities/new");
        Assert.Contains($"id=\"served-{wang}\"", form);
        Assert.DoesNotContain($"id=\"served-{outsider}\"", form);

        var title = "五老进校园" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Category"] = "法治教育",
            ["Input.Status"] = "Completed",
            ["Input.Date"] = "2023-05-10",
            ["Input.UnitId"] = school.Id.ToString(),
            ["Input.YouthReached"] = "40",
            ["Input.OnBehalfReason"] = "活动记录人统一登记",
        };
        var refused = await ActivityForms.PostAsync(recorder, "/activities/new", "activity-create", fields, served: [(outsider, "2")]);
        Assert.Contains("所选五老中有不在名册或不在您管理范围内的", await refused.HtmlAsync());
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));

        var saved = await ActivityForms.PostAsync(recorder, "/activities/new", "activity-create", fields, served: [(wang, "2")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var activity = await App.WithDbAsync(db => db.Activities.SingleAsync(a => a.Title == title));
        var line = await App.WithDbAsync(db => db.ServiceHourEntries.SingleAsync(e => e.ActivityId == activity.Id));
        Assert.Equal((wang, school.Path, 2m), (line.VolunteerId, line.UnitPath, line.Hours));

        // The school sees who served, by name, but the volunteer's record is the village's to open.
        var detail = await (await recorder.GetAsync($"/activities/{activity.Id}")).HtmlAsync();
        Assert.Contains($"王志强<span class=\"text-body-secondary\">（{wangUnit}）</span>", detail);
        Assert.DoesNotContain($"href=\"/volunteers/{wang}\"", detail);
        Assert.Equal(HttpStatusCode.NotFound, (await recorder.GetAsync($"/volunteers/{wang}")).StatusCode);
        var edit = await recorder.GetStringAsync($"/activities/{activity.Id}/edit");
        Assert.Contains($"id=\"served-{wang}\" name=\"served\" value=\"{wang}\" checked", edit);

        // The school's hours page counts them, by name, with neither their record nor their certificate to open.
        var hours = await (await recorder.GetAsync("/activities/hours?year=2023")).HtmlAsync();
        Assert.Contains("王志强", hours);
        Assert.DoesNotContain($"href=\"/volunteers/{wang}\"", hours);
        Assert.DoesNotContain($"/activities/certificate/{wang}", hours);

        // The town officer sees the same line under the school, with the record to open.
        var officer = await App.SignedInAsync("wushenzhao");
        Assert.Contains($"href=\"/volunteers/{wang}\"", await (await officer.GetAsync($"/activities/{activity.Id}")).HtmlAsync());
    }

    [Fact]
    public async Task A_correspondent_records_activities_only_while_the_town_lets_its_correspondents_do_so()
    {
        var reporter = await App.SignedInAsync("wsz-reporter");
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync("/activities/new")).StatusCode);
        var officer = await App.SignedInAsync("wushenzhao");

        async Task SetAsync(bool allowed)
        {
            var page = await officer.GetStringAsync("/correspondents");
            Assert.Contains("通讯员记录活动", page);
            var fields = HtmlForm.Fields(page, "correspondent-recording").ToDictionary();
            fields.Remove("RecordingAllowed");
            if (allowed)
            {
                fields["RecordingAllowed"] = "true";
            }

            var saved = WebUtility.HtmlDecode(await (await officer.PostAsync("/correspondents", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync());
            Assert.Contains(allowed ? "本镇通讯员账号现在可以记录活动" : "本镇通讯员账号不再记录活动", saved);
        }

        await SetAsync(true);
        var home = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "wsz-reporter").Select(u => u.HomeUnitId!.Value).SingleAsync());
        var title = "通讯员记录" + Guid.NewGuid().ToString("N")[..6];
        var saved = await ActivityForms.PostAsync(reporter, "/activities/new", "activity-create", new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Category"] = "法治教育",
            ["Input.Status"] = "Completed",
            ["Input.Date"] = "2023-07-01",
            ["Input.UnitId"] = home.ToString(),
            ["Input.YouthReached"] = "12",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title && a.UnitId == home)));

        await SetAsync(false);
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync("/activities/new")).StatusCode);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "Unit" && a.Changes!.Contains("CorrespondentsRecordActivities"))));
    }

    [Fact]
    public async Task A_district_viewer_sees_the_hours_without_a_certificate_link_it_could_not_open()
    {
        // The certificate page issues a document (recorders only): a viewer's link to it answered 403.
        var viewer = await App.SignedInAsync("tianning");
        var hours = await (await viewer.GetAsync("/activities/hours")).HtmlAsync();
        Assert.Contains("href=\"/volunteers/", hours);
        Assert.DoesNotContain("/activities/certificate/", hours);

        var officer = await App.SignedInAsync("zhenglu");
        Assert.Contains("/activities/certificate/", await (await officer.GetAsync("/activities/hours")).HtmlAsync());
    }
}

public sealed class TownVolunteerTestsOnSqlite(SqliteAppFixture fixture) : TownVolunteerTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class TownVolunteerTestsOnPostgres(PostgresAppFixture fixture) : TownVolunteerTests(fixture), IClassFixture<PostgresAppFixture>;
