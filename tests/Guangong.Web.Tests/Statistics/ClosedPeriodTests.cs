using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Statistics;

/// <summary>
/// Issue 17.4: once a unit closes a month, its figures and those of every unit below it stay as reported
/// until a unit above reopens the month with a reason. A record that would change them is refused with
/// the reason (beside the date for an activity; any other save is refused whole, 409); a corrected text
/// that changes no figure is not. Run once per provider.
/// </summary>
public abstract class ClosedPeriodTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_closed_month_refuses_new_figures_below_it_until_the_level_above_reopens_it()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var school = await App.UnitAsync("乌审召小学");
        var recorder = await App.ApiClientAsync("wsz-school");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        object Activity(string title, string youth, string summary) => new
        {
            title, category = "防溺水", status = "Completed", date = "2024-03-12", unitId = school.Id.ToString(), youthReached = youth, summary,
        };

        // Recorded while the month is open.
        var before = await recorder.PostAsJsonAsync("/api/v1/activities", Activity("三月防溺水" + suffix, "40", "第一稿"));
        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        var id = (await before.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var officer = await App.ApiClientAsync("wushenzhao");
        var closed = await officer.PostAsJsonAsync("/api/v1/reports/close", new { unit = town.Id.ToString(), kind = "month", year = "2024", number = "3" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var periodId = (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        // A new activity in the closed month, below the closing town: refused with the reason beside the date, nothing saved.
        var late = await recorder.PostAsJsonAsync("/api/v1/activities", Activity("补录" + suffix, "30", null!));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal("application/problem+json", late.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2024年3月的统计数字已由乌审召镇关工委关账", await late.Content.ReadAsStringAsync());
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == "补录" + suffix)));

        // Any other kind of counted record is refused the same way, beside its date (a training session of the town).
        var training = await officer.PostAsJsonAsync("/api/v1/training", new { topic = "三月补录培训" + suffix, kind = "理论学习", date = "2024-03-18", mode = "线上", hours = "2", unitId = town.Id.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, training.StatusCode);
        Assert.Contains("关账上报", await training.Content.ReadAsStringAsync());
        Assert.False(await App.WithDbAsync(db => db.TrainingSessions.AnyAsync(t => t.Topic == "三月补录培训" + suffix)));

        // On the page, the reason stands beside the date of the form the recorder filled in.
        var browser = await App.SignedInAsync("wsz-school");
        var fields = HtmlForm.Fields(await browser.GetStringAsync("/activities/new"), "activity-create")
            .With("Input.Title", "页面补录" + suffix).With("Input.Category", "防溺水").With("Input.Date", "2024-03-20")
            .With("Input.UnitId", school.Id.ToString()).With("Input.YouthReached", "20").With("Input.Status", "Completed");
        var page = await (await browser.PostAsync("/activities/new", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("2024年3月的统计数字已由乌审召镇关工委关账", System.Net.WebUtility.HtmlDecode(page));
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == "页面补录" + suffix)));

        // The form says it with the other fields' messages, not only once they are all right.
        var both = System.Net.WebUtility.HtmlDecode(await (await browser.PostAsync("/activities/new", new FormUrlEncodedContent(fields.With("Input.Title", string.Empty)))).Content.ReadAsStringAsync());
        Assert.Contains("请填写活动名称", both);
        Assert.Contains("2024年3月的统计数字已由乌审召镇关工委关账", both);

        // A changed figure is refused; a corrected summary is not.
        var version = await App.WithDbAsync(db => db.Activities.Where(a => a.Id == id).Select(a => a.Version).SingleAsync());
        var more = await recorder.PutAsJsonAsync($"/api/v1/activities/{id}", Merge(Activity("三月防溺水" + suffix, "55", "第一稿"), version));
        Assert.Equal(HttpStatusCode.BadRequest, more.StatusCode);
        Assert.Contains("关账上报", await more.Content.ReadAsStringAsync());
        Assert.Equal(40, await App.WithDbAsync(db => db.Activities.Where(a => a.Id == id).Select(a => a.YouthReached).SingleAsync()));
        var text = await recorder.PutAsJsonAsync($"/api/v1/activities/{id}", Merge(Activity("三月防溺水" + suffix, "40", "第二稿：补充了照片说明"), version));
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);

        // A level above the town (here the administrator; 乌审旗 has no demo account) reopens it with a reason; the late record goes in.
        var above = await App.ApiClientAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await above.PostAsJsonAsync($"/api/v1/reports/{periodId}/reopen", new { reason = "学校补录三月活动" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await recorder.PostAsJsonAsync("/api/v1/activities", Activity("补录" + suffix, "30", null!))).StatusCode);
    }

    private static Dictionary<string, object?> Merge(object activity, long version)
    {
        var fields = JsonSerializer.SerializeToElement(activity).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.ToString());
        fields["version"] = version;
        return fields;
    }
}

public sealed class ClosedPeriodTestsOnSqlite(SqliteAppFixture fixture) : ClosedPeriodTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ClosedPeriodTestsOnPostgres(PostgresAppFixture fixture) : ClosedPeriodTests(fixture), IClassFixture<PostgresAppFixture>;
