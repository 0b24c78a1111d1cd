using System.Net;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Guangong.Web.Tests.Safety;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Activities;

/// <summary>
/// Issue 12's "a double tap on save … nothing is saved twice" with the script off: the create forms that take uploads
/// carry a key (SubmitOnce), and the same form posted twice with it saves once, the second answer leading to the
/// record the first saved. A refused post keeps its key, so the corrected form is still the same one.
/// </summary>
public abstract class SubmitOnceTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static async Task<string> KeyOnAsync(HttpClient client, string url)
    {
        var page = await client.GetStringAsync(url);
        var at = page.IndexOf("name=\"once\" value=\"", StringComparison.Ordinal);
        Assert.True(at >= 0, "the form carries no key");
        var key = page.Substring(at + "name=\"once\" value=\"".Length, 32);
        Assert.True(OneTimeKey.IsWellFormed(key));
        return key;
    }

    private static async Task<Uri?> SentTwiceAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        var first = await ActivityForms.PostAsync(client, url, handler, fields);
        Assert.True(first.StatusCode == HttpStatusCode.Redirect, await first.HtmlAsync());
        var second = await ActivityForms.PostAsync(client, url, handler, fields);
        Assert.True(second.StatusCode == HttpStatusCode.Redirect, await second.HtmlAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        return first.Headers.Location;
    }

    [Fact]
    public async Task A_notice_sent_twice_with_its_key_is_issued_once()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var officer = await App.SignedInAsync("zhenglu");
        var title = "只发一次" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = string.Empty, ["Input.Body"] = "请各村按时上报。", ["Input.Audience"] = "Chosen", ["unit"] = village.Id.ToString(), ["once"] = await KeyOnAsync(officer, "/notices/new"),
        };

        // Refused first: the answer keeps the key, so the corrected form is the same form.
        Assert.Contains($"value=\"{fields["once"]}\"", await (await ActivityForms.PostAsync(officer, "/notices/new", "notice-create", fields)).HtmlAsync());
        fields["Input.Title"] = title;
        var at = await SentTwiceAsync(officer, "/notices/new", "notice-create", fields);
        var notice = await App.WithDbAsync(db => db.Notices.Where(n => n.Title == title).Select(n => n.Id).SingleAsync());
        Assert.Equal($"/notices/{notice}?issued=1", at!.PathAndQuery);

        // A new form is a new key: the same words sent from it are another notice.
        fields["once"] = await KeyOnAsync(officer, "/notices/new");
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(officer, "/notices/new", "notice-create", fields)).StatusCode);
        Assert.Equal(2, await App.WithDbAsync(db => db.Notices.CountAsync(n => n.Title == title)));
    }

    [Fact]
    public async Task An_inspection_and_a_progress_report_sent_twice_are_saved_once()
    {
        var (_, elder, cafeId) = await SafetyPhotoTests.CafeAsync(App);
        var officer = await App.SignedInAsync("zhenglu");
        var inspection = new Dictionary<string, string>
        {
            ["Inspection.Date"] = "2023-11-07", ["Inspection.Time"] = "20:00", ["Inspection.VolunteerId"] = elder.ToString(), ["Inspection.Hours"] = "1",
            ["Inspection.MinorsFound"] = "0", ["Inspection.SignPresent"] = "是", ["Inspection.IdChecksDone"] = "是", ["Inspection.FollowUpTo"] = "None",
            ["once"] = await KeyOnAsync(officer, $"/cafes/{cafeId}"),
        };
        await SentTwiceAsync(officer, $"/cafes/{cafeId}", "cafe-inspection", inspection);
        Assert.Equal(1, await App.WithDbAsync(db => db.CafeInspections.CountAsync(i => i.CafeId == cafeId)));

        var recorder = await App.SignedInAsync("zl-jiaoxi");
        var jiaoxi = await App.UnitAsync("焦溪村关工委");
        var assignment = await App.WithDbAsync(db => db.TaskAssignments.AsNoTracking().Where(a => a.UnitId == jiaoxi.Id && !a.NotApplicable).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
        var text = "只报一次" + Guid.NewGuid().ToString("N")[..6];
        var report = new Dictionary<string, string>
        {
            ["date"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["percent"] = "40", ["text"] = text,
            ["once"] = await KeyOnAsync(recorder, $"/plans/assignments/{assignment}"),
        };
        await SentTwiceAsync(recorder, $"/plans/assignments/{assignment}", "progress", report);
        Assert.Equal(1, await App.WithDbAsync(db => db.TaskProgress.CountAsync(p => p.Text == text)));
    }

    [Fact]
    public async Task Keys_older_than_a_month_are_forgotten_as_their_owner_saves_a_new_form()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var village = await App.UnitAsync("焦溪村关工委");
        var (owner, other) = await App.WithDbAsync(async db => (
            await db.Users.Where(u => u.UserName == "zhenglu").Select(u => u.Id).SingleAsync(),
            await db.Users.Where(u => u.UserName == "zl-jiaoxi").Select(u => u.Id).SingleAsync()));
        var now = DateTime.UtcNow;
        FormSubmission Kept(long user, TimeSpan age) => new()
        {
            OwnerUserId = user, Form = "notice-create", Key = OneTimeKey.New(), RecordId = 1, CreatedUtc = now - age,
        };
        var stale = Kept(owner, SubmitOnce.Kept + TimeSpan.FromDays(1));
        var recent = Kept(owner, SubmitOnce.Kept - TimeSpan.FromDays(1));
        var othersStale = Kept(other, SubmitOnce.Kept + TimeSpan.FromDays(1));
        await App.WithDbAsync(db =>
        {
            db.FormSubmissions.AddRange(stale, recent, othersStale);
            return db.SaveChangesAsync();
        });

        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "清理旧钥匙" + Guid.NewGuid().ToString("N")[..6], ["Input.Body"] = "正文。", ["Input.Audience"] = "Chosen", ["unit"] = village.Id.ToString(),
            ["once"] = await KeyOnAsync(officer, "/notices/new"),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(officer, "/notices/new", "notice-create", fields)).StatusCode);

        var left = await App.WithDbAsync(db => db.FormSubmissions.Where(s => s.Key == stale.Key || s.Key == recent.Key || s.Key == othersStale.Key || s.Key == fields["once"]).Select(s => s.Key).ToListAsync());
        Assert.DoesNotContain(stale.Key, left);
        Assert.Contains(recent.Key, left);
        Assert.Contains(othersStale.Key, left); // another user's keys go when that user saves
        Assert.Contains(fields["once"], left);
    }

    [Fact]
    public async Task The_form_opened_again_after_a_save_says_the_save_is_kept_and_links_to_it()
    {
        // The back button after 保存 opens a fresh form (a new key); it says what was saved a moment ago, so its emptiness
        // is not read as the entry being lost.
        var officer = await App.SignedInAsync("zhenglu");
        var village = await App.UnitAsync("焦溪村关工委");
        var title = "返回后提示" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = "正文。", ["Input.Audience"] = "Chosen", ["unit"] = village.Id.ToString(), ["once"] = await KeyOnAsync(officer, "/notices/new") };
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(officer, "/notices/new", "notice-create", fields)).StatusCode);
        var notice = await App.WithDbAsync(db => db.Notices.Where(n => n.Title == title).Select(n => n.Id).SingleAsync());

        var again = await officer.GetStringAsync("/notices/new");
        Assert.Contains("data-testid=\"just-saved\"", again);
        Assert.Contains("已发出了一条通知，没有丢失", again);
        Assert.Contains($"href=\"/notices/{notice}\"", again);

        // Signed out and in again (a new session), the officer starts afresh: that save was another sitting's.
        Assert.DoesNotContain("just-saved", await (await App.SignedInAsync("zhenglu")).GetStringAsync("/notices/new"));
        Assert.Contains("just-saved", await officer.GetStringAsync("/notices/new"));

        // A refused post is about itself; another officer's form knows nothing of it.
        fields["Input.Title"] = string.Empty;
        fields["once"] = await KeyOnAsync(officer, "/notices/new");
        Assert.DoesNotContain("just-saved", await (await ActivityForms.PostAsync(officer, "/notices/new", "notice-create", fields)).HtmlAsync());
        Assert.DoesNotContain("just-saved", await (await App.SignedInAsync("wushenzhao")).GetStringAsync("/notices/new"));

        // Half an hour on, a fresh form is just a fresh form.
        await App.WithDbAsync(db => db.FormSubmissions.Where(s => s.Form == "notice-create").ExecuteUpdateAsync(u => u.SetProperty(s => s.CreatedUtc, s => s.CreatedUtc.AddMinutes(-31))));
        Assert.DoesNotContain("just-saved", await officer.GetStringAsync("/notices/new"));
    }

    [Fact]
    public async Task The_record_pages_forms_opened_again_after_a_save_say_so_for_their_own_record_only()
    {
        // The inspection, progress and check-in forms sit on a page that lists what they save; the back button after 保存
        // still opens an empty form first, so it says the save is kept, and links to that entry.
        var (_, elder, cafeId) = await SafetyPhotoTests.CafeAsync(App);
        var officer = await App.SignedInAsync("zhenglu");
        var inspection = new Dictionary<string, string>
        {
            ["Inspection.Date"] = "2023-11-09", ["Inspection.Time"] = "20:00", ["Inspection.VolunteerId"] = elder.ToString(), ["Inspection.Hours"] = "1",
            ["Inspection.MinorsFound"] = "0", ["Inspection.SignPresent"] = "是", ["Inspection.IdChecksDone"] = "是", ["Inspection.FollowUpTo"] = "None",
            ["once"] = await KeyOnAsync(officer, $"/cafes/{cafeId}"),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(officer, $"/cafes/{cafeId}", "cafe-inspection", inspection)).StatusCode);
        var inspected = await App.WithDbAsync(db => db.CafeInspections.Where(i => i.CafeId == cafeId).OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync());
        var cafePage = await officer.GetStringAsync($"/cafes/{cafeId}");
        Assert.Contains("已保存了一条检查记录，没有丢失", cafePage);
        Assert.Contains($"href=\"/cafes/inspections/{inspected}\"", cafePage);
        Assert.DoesNotContain("just-saved", await officer.GetStringAsync($"/cafes/{cafeId}?removed=1"));
        var (_, _, otherCafe) = await SafetyPhotoTests.CafeAsync(App);
        Assert.DoesNotContain("just-saved", await officer.GetStringAsync($"/cafes/{otherCafe}")); // the save was not this café's

        var recorder = await App.SignedInAsync("zl-jiaoxi");
        var jiaoxi = await App.UnitAsync("焦溪村关工委");
        var assignments = await App.WithDbAsync(db => db.TaskAssignments.AsNoTracking().Where(a => a.UnitId == jiaoxi.Id && !a.NotApplicable).OrderBy(a => a.Id).Select(a => a.Id).Take(1).ToListAsync());
        var report = new Dictionary<string, string>
        {
            ["date"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["percent"] = "30", ["text"] = "返回后提示的进展",
            ["once"] = await KeyOnAsync(recorder, $"/plans/assignments/{assignments[0]}"),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(recorder, $"/plans/assignments/{assignments[0]}", "progress", report)).StatusCode);
        var progress = await App.WithDbAsync(db => db.TaskProgress.Where(p => p.Text == "返回后提示的进展").Select(p => p.Id).SingleAsync());
        var task = await recorder.GetStringAsync($"/plans/assignments/{assignments[0]}");
        Assert.Contains("已保存了一次进展，没有丢失", task);
        Assert.Contains($"href=\"/plans/assignments/{assignments[0]}#progress-{progress}\"", task);
        Assert.Contains($"id=\"progress-{progress}\"", task);
        Assert.DoesNotContain("just-saved", await recorder.GetStringAsync($"/plans/assignments/{assignments[0]}?saved=1"));
        Assert.DoesNotContain("just-saved", await officer.GetStringAsync($"/plans/assignments/{assignments[0]}")); // another user's form

        var volunteer = await App.SignedInAsync("wsz-elder");
        var form = await volunteer.GetStringAsync("/water/patrols");
        var water = System.Text.RegularExpressions.Regex.Match(form, "name=\"water\" value=\"(\\d+)\"").Groups[1].Value;
        var checkIn = new Dictionary<string, string> { ["CheckIn.Date"] = report["date"], ["CheckIn.Time"] = "00:00", ["water"] = water, ["once"] = await KeyOnAsync(volunteer, "/water/patrols") };
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(volunteer, "/water/patrols", "patrol-check-in", checkIn)).StatusCode);
        var patrols = await volunteer.GetStringAsync("/water/patrols");
        var patrol = await App.WithDbAsync(db => db.Patrols.OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());
        Assert.Contains("已签到了一次巡逻，没有丢失", patrols);
        Assert.Contains($"href=\"/water/patrols#open-{patrol}\"", patrols); // still on: its 签退 form
        Assert.Contains($"id=\"open-{patrol}\"", patrols);
        Assert.DoesNotContain("just-saved", await volunteer.GetStringAsync("/water/patrols?patrol=in"));
    }

    [Fact]
    public async Task A_key_another_form_saved_under_is_answered_in_chinese_and_saves_nothing()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var village = await App.UnitAsync("焦溪村关工委");
        var key = await KeyOnAsync(officer, "/notices/new");
        var title = "借用的钥匙" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = "正文。", ["Input.Audience"] = "Chosen", ["unit"] = village.Id.ToString(), ["once"] = key };
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(officer, "/notices/new", "notice-create", fields)).StatusCode);

        // The same user's key sent with another form (a tampered page): refused with a Chinese message, nothing saved.
        var (_, elder, cafeId) = await SafetyPhotoTests.CafeAsync(App);
        var inspection = new Dictionary<string, string>
        {
            ["Inspection.Date"] = "2023-11-08", ["Inspection.Time"] = "20:00", ["Inspection.VolunteerId"] = elder.ToString(), ["Inspection.Hours"] = "1",
            ["Inspection.MinorsFound"] = "0", ["Inspection.SignPresent"] = "是", ["Inspection.IdChecksDone"] = "是", ["Inspection.FollowUpTo"] = "None", ["once"] = key,
        };
        var refused = await (await ActivityForms.PostAsync(officer, $"/cafes/{cafeId}", "cafe-inspection", inspection)).HtmlAsync();
        Assert.Contains(SubmitOnce.AlreadySavedMessage, refused);
        Assert.Equal(0, await App.WithDbAsync(db => db.CafeInspections.CountAsync(i => i.CafeId == cafeId)));
    }
}

public sealed class SubmitOnceTestsOnSqlite(SqliteAppFixture fixture) : SubmitOnceTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SubmitOnceTestsOnPostgres(PostgresAppFixture fixture) : SubmitOnceTests(fixture), IClassFixture<PostgresAppFixture>;
