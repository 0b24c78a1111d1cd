using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Activities;

/// <summary>Recording activities through the real form and API; run once per provider.</summary>
public abstract class ActivityRecordingTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static Dictionary<string, string> Fields(string title, long unitId, string date = "2023-06-01", string youth = "30") => new()
    {
        ["Input.Title"] = title,
        ["Input.Category"] = "法治教育",
        ["Input.Status"] = "Completed",
        ["Input.Date"] = date,
        ["Input.UnitId"] = unitId.ToString(),
        ["Input.YouthReached"] = youth,
        ["Input.OnBehalfReason"] = "活动记录人统一登记",
    };

    private Task<long> VolunteerAsync(string name) => App.WithDbAsync(db => db.Volunteers.Where(v => v.Name == name).Select(v => v.Id).SingleAsync());

    [Fact]
    public async Task An_activity_page_does_not_say_the_same_words_twice()
    {
        var recorder = await App.SignedInAsync("wsz-school");
        var id = await App.WithDbAsync(db => db.Activities.Where(a => a.Title == "爷爷奶奶一堂课：草原上的红色故事").Select(a => a.Id).SingleAsync());
        var html = await (await recorder.GetAsync($"/activities/{id}")).HtmlAsync();
        Assert.Contains("爷爷奶奶一堂课", html);
        Assert.DoesNotContain("爷爷奶奶一堂课（爷爷奶奶一堂课）", html);
        Assert.DoesNotContain("乌审召小学（乌审召小学）", html);
    }

    [Fact]
    public async Task A_recorder_saves_an_activity_with_a_photo_and_the_hours_of_the_volunteers_who_served()
    {
        var village = await App.UnitAsync("乌审召嘎查关工委");
        var officer = await App.SignedInAsync("wushenzhao");
        var title = "普法进嘎查" + Guid.NewGuid().ToString("N")[..6];
        var wang = await VolunteerAsync("王志强");
        var response = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", Fields(title, village.Id),
            [("photos", "现场.jpg", ActivityForms.Jpeg())], [(wang, "2.5")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var activity = await App.WithDbAsync(db => db.Activities.Include(a => a.Files).SingleAsync(a => a.Title == title));
        Assert.Equal(village.Path, activity.UnitPath);
        var photo = Assert.Single(activity.Files);
        Assert.Equal("image/jpeg", photo.ContentType);
        Assert.True(photo.HasThumbnail);
        var line = await App.WithDbAsync(db => db.ServiceHourEntries.SingleAsync(e => e.ActivityId == activity.Id));
        Assert.Equal(2.5m, line.Hours);
        Assert.True(line.OnBehalf);
        Assert.Equal("活动记录人统一登记", line.Reason);

        var thumb = await officer.GetAsync($"/activities/files/{photo.Id}?thumb=1");
        Assert.Equal("image/jpeg", thumb.Content.Headers.ContentType!.MediaType);
        Assert.True((await thumb.Content.ReadAsByteArrayAsync()).Length < ActivityForms.Jpeg().Length);
        Assert.Contains(title, await officer.GetStringAsync($"/activities?volunteer={wang}"));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_messages_and_nothing_is_half_saved()
    {
        var village = await App.UnitAsync("乌审召嘎查关工委");
        var officer = await App.SignedInAsync("wushenzhao");
        var title = "错误输入" + Guid.NewGuid().ToString("N")[..6];
        var exe = "MZ\u0090\0\u0003\0\0\0"u8.ToArray().Concat(new byte[2000]).ToArray();
        var wang = await VolunteerAsync("王志强");
        var countFiles = () => Directory.Exists(FilesDirectory) ? Directory.GetFiles(FilesDirectory, "*", SearchOption.AllDirectories).Length : 0;
        var filesBefore = countFiles();

        var future = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", Fields(title, village.Id, date: DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(7).ToString("yyyy-MM-dd"), youth: "100000000000"),
            [("photos", "照片.jpg", exe)], [(wang, "30")]);
        var html = await future.HtmlAsync();
        Assert.Contains("已开展的活动，日期不能晚于今天", html);
        // Too long for a number, and said as typed (the box had cut it to 100000).
        Assert.Contains("100000000000人超出合理范围", html);
        Assert.DoesNotContain("Exception", html);

        var exeOnly = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", Fields(title, village.Id), [("photos", "照片.jpg", exe), ("files", "好图.jpg", ActivityForms.Jpeg())]);
        Assert.Contains("“照片.jpg”不是允许的文件类型", await exeOnly.HtmlAsync());

        var tooLong = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", Fields(title, village.Id), served: [(wang, "25")]);
        Assert.Contains("服务时长须在0.5到24小时之间", await tooLong.HtmlAsync());

        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));
        Assert.Equal(filesBefore, countFiles());
    }

    [Fact]
    public async Task The_same_form_sent_twice_saves_one_activity_and_answers_both_sends_with_it()
    {
        var village = await App.UnitAsync("乌审召嘎查关工委");
        var officer = await App.SignedInAsync("wushenzhao");
        var form = await officer.GetStringAsync("/activities/new");
        var key = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.SubmissionKey\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        Assert.Equal(32, key.Length);
        var title = "重发测试" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>(Fields(title, village.Id)) { ["Input.SubmissionKey"] = key };

        // A double tap without the page script, or a retry after a lost answer, sends the same form again.
        var first = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", fields, [("photos", "现场.jpg", ActivityForms.Jpeg())]);
        var second = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", fields, [("photos", "现场.jpg", ActivityForms.Jpeg())]);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var saved = await App.WithDbAsync(db => db.Activities.Include(a => a.Files).Where(a => a.Title == title).ToListAsync());
        Assert.Single(Assert.Single(saved).Files);

        // A new form is a new activity, even with the same words.
        Assert.NotEqual(key, System.Text.RegularExpressions.Regex.Match(await officer.GetStringAsync("/activities/new"), "name=\"Input.SubmissionKey\" value=\"([0-9a-f]{32})\"").Groups[1].Value);
    }

    [Fact]
    public async Task A_save_sent_by_the_page_script_is_answered_with_the_saved_page_itself_and_a_second_send_saves_nothing_more()
    {
        var village = await App.UnitAsync("乌审召嘎查关工委");
        var officer = await App.SignedInAsync("wushenzhao");
        var key = System.Text.RegularExpressions.Regex.Match(await officer.GetStringAsync("/activities/new"), "name=\"Input.SubmissionKey\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        var title = "一次往返" + Guid.NewGuid().ToString("N")[..6];
        var fields = new Dictionary<string, string>(Fields(title, village.Id)) { ["Input.SubmissionKey"] = key };

        // No redirect to wait for: the answer is the activity's page, naming its own address for the address bar.
        var first = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", fields, [("photos", "现场.jpg", ActivityForms.Jpeg())], enhanced: true);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var id = await App.WithDbAsync(db => db.Activities.Where(a => a.Title == title).Select(a => a.Id).SingleAsync());
        var html = await first.HtmlAsync();
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.Contains($"data-page-url=\"/activities/{id}?saved=1\"", html);
        Assert.Contains("活动已保存。", html);
        Assert.Contains("现场.jpg", html);
        Assert.DoesNotContain("name=\"Input.SubmissionKey\"", html);

        // The same form again (a retry after a lost answer): the same page, nothing saved twice.
        var second = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", fields, [("photos", "现场.jpg", ActivityForms.Jpeg())], enhanced: true);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains($"data-page-url=\"/activities/{id}?saved=1\"", await second.HtmlAsync());
        var saved = await App.WithDbAsync(db => db.Activities.Include(a => a.Files).Where(a => a.Title == title).ToListAsync());
        Assert.Single(Assert.Single(saved).Files);

        // A refused save still answers with the form, where the recorder can put it right.
        var refused = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", Fields(string.Empty, village.Id), enhanced: true);
        var form = await refused.HtmlAsync();
        Assert.Contains("name=\"Input.SubmissionKey\"", form);
        Assert.DoesNotContain("data-page-url", form);
    }

    [Fact]
    public async Task No_volunteer_serves_more_than_24_hours_a_day()
    {
        var village = await App.UnitAsync("巴音敖包嘎查关工委");
        var officer = await App.SignedInAsync("wushenzhao");
        var bator = await VolunteerAsync("巴图孟和");
        var first = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", Fields("上午活动" + Guid.NewGuid().ToString("N")[..4], village.Id, date: "2022-03-03"), served: [(bator, "20")]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", Fields("下午活动", village.Id, date: "2022-03-03"), served: [(bator, "5")]);
        Assert.Contains("服务时长合计将超过一天24小时", await second.HtmlAsync());
    }

    [Fact]
    public async Task Changing_hours_reverses_the_old_line_and_the_ledger_cannot_be_rewritten()
    {
        var school = await App.UnitAsync("查汗淖学校");
        var officer = await App.SignedInAsync("wushenzhao");
        var liu = await VolunteerAsync("刘桂兰");
        var title = "家长学校" + Guid.NewGuid().ToString("N")[..6];
        await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", Fields(title, school.Id), served: [(liu, "3")]);
        var activity = await App.WithDbAsync(db => db.Activities.SingleAsync(a => a.Title == title));

        var edit = Fields(title, school.Id);
        edit["Input.Version"] = activity.Version.ToString();
        var saved = await ActivityForms.PostAsync(officer, $"/activities/{activity.Id}/edit", "activity-edit", edit, served: [(liu, "2")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var lines = await App.WithDbAsync(db => db.ServiceHourEntries.Where(e => e.ActivityId == activity.Id).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([3m, -3m, 2m], lines.Select(l => l.Hours));
        Assert.Contains("更正", lines[1].Reason);

        // A stale edit is a conflict, not a lost update; what was typed in it stays on the page.
        edit["Input.Summary"] = "十分钟写下的活动简介：老干部讲了三个身边的故事。";
        var stale = await ActivityForms.PostAsync(officer, $"/activities/{activity.Id}/edit", "activity-edit", edit, served: [(liu, "1")]);
        var staleHtml = await stale.HtmlAsync();
        Assert.Contains("该记录已被他人修改", staleHtml);
        Assert.Contains("十分钟写下的活动简介：老干部讲了三个身边的故事。</textarea>", staleHtml);
        Assert.Contains("他人保存时这一栏是空的。", staleHtml);
        Assert.Contains("服务时长显示的是刚保存的", staleHtml); // the typed hours (1) would reverse a check-out made meanwhile
        Assert.Matches($"name=\"hours\\[{liu}\\]\"[^>]*value=\"2\"", staleHtml);
        Assert.Equal(3, await App.WithDbAsync(db => db.ServiceHourEntries.CountAsync(e => e.ActivityId == activity.Id)));

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithDbAsync(async db =>
        {
            var line = await db.ServiceHourEntries.FirstAsync(e => e.ActivityId == activity.Id);
            line.Hours = 100;
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("append-only", ex.Message);
    }

    [Fact]
    public async Task The_coverage_matrix_shows_which_villages_held_no_legal_education()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var town = await App.UnitAsync("郑陆镇关工委");
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync($"/activities/coverage?unit={town.Id}&from=2023-01-01&to=2023-12-31"));
        Assert.Contains("焦溪村关工委", html);
        // The header counts the units below that lack a category (the 本级 row is not one of them), and a phone is told the
        // other categories are beside the ones it shows.
        Assert.Matches("法治教育<br\\s*/?>\\s*<small class=\"text-muted\">下级缺\\d+</small>", html);
        Assert.Contains("左右滑动可看全部", html);
        Assert.Matches("<td class=\"gap\"><a href=\"/activities\\?unit=\\d+&amp;category=%E6%B3%95%E6%B2%BB%E6%95%99%E8%82%B2|<td class=\"gap\"><a href=\"/activities\\?unit=\\d+&category=%E6%B3%95%E6%B2%BB", await officer.GetStringAsync($"/activities/coverage?unit={town.Id}&from=2023-01-01&to=2023-12-31"));
        var matrix = await App.WithServiceAsync<Coverage, CoverageMatrix?>(c => c.MatrixAsync(town.Id, new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), town.Id, town.Path);
        var jiaoxi = matrix!.Units.Single(u => u.Name == "焦溪村关工委");
        Assert.Equal(1, matrix.Count(jiaoxi.Id, "五个一"));
        Assert.Equal(0, matrix.Count(jiaoxi.Id, "法治教育"));
        Assert.DoesNotContain(matrix.Units, u => u.Name.Contains("卫生院", StringComparison.Ordinal));

        // Without dates the page opens on the latest year with activities in the town, and exports what it shows.
        var latest = await App.WithDbAsync(db => db.Activities.Where(a => a.UnitPath.StartsWith(town.Path)).MaxAsync(a => a.Date));
        Assert.Contains($"{latest.Year}-01-01", await officer.GetStringAsync($"/activities/coverage?unit={town.Id}"));
        var export = await officer.GetAsync($"/activities/coverage/export?unit={town.Id}&from=2023-01-01&to=2023-12-31");
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = rows.Single(r => Equals(r["单位"], "焦溪村关工委"));
        Assert.Equal(1, Convert.ToInt32(row["五个一"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt32(row["法治教育"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/activities/coverage/export?unit=1&from=2023-12-31&to=2023-01-01")).StatusCode);
    }

    [Fact]
    public async Task A_volunteer_checks_in_and_out_on_their_phone_and_the_hours_are_verified()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var school = await App.UnitAsync("乌审召小学");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        var title = "签到活动" + Guid.NewGuid().ToString("N")[..6];
        await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", Fields(title, school.Id, date: today));
        var activity = await App.WithDbAsync(db => db.Activities.SingleAsync(a => a.Title == title));

        // A past activity offers no code that could not be used; today's does.
        var town = await App.UnitAsync("乌审召镇关工委");
        var past = await App.WithDbAsync(db => db.Activities.Where(a => a.Date < new DateOnly(2024, 1, 1) && a.CheckInCode == null && a.Status == Web.Features.Activities.ActivityStatus.Completed && a.UnitPath.StartsWith(town.Path)).Select(a => a.Id).FirstAsync());
        var pastPage = System.Net.WebUtility.HtmlDecode(await officer.GetStringAsync($"/activities/{past}"));
        Assert.Contains("活动日期已过，不能再现场签到。", pastPage);
        Assert.DoesNotContain("开放签到</button>", pastPage);
        Assert.Contains("开放签到</button>", System.Net.WebUtility.HtmlDecode(await officer.GetStringAsync($"/activities/{activity.Id}")));
        var open = await officer.PostFormAsync($"/activities/{activity.Id}", "activity-checkin", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        var code = await App.WithDbAsync(db => db.Activities.Where(a => a.Id == activity.Id).Select(a => a.CheckInCode).SingleAsync());
        Assert.Matches("^[0-9]{6}$", code);
        Assert.Equal("image/svg+xml", (await officer.GetAsync($"/activities/{activity.Id}/checkin-qr")).Content.Headers.ContentType!.MediaType);

        // Planned, as most are on the day: the check-out that counts hours holds it.
        await App.WithDbAsync(async db =>
        {
            (await db.Activities.SingleAsync(a => a.Id == activity.Id)).Status = Web.Features.Activities.ActivityStatus.Planned;
            return await db.SaveChangesAsync();
        });
        var elder = await App.ApiClientAsync("wsz-elder");
        Assert.Equal(HttpStatusCode.NotFound, (await elder.GetAsync("/api/v1/checkin/000001")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await elder.PostAsync($"/api/v1/checkin/{code}/in", null)).StatusCode);
        // Out at once is asked once more (a second tap by mistake), then counted: a tenth, as a patrol would count it.
        var early = await elder.PostAsync($"/api/v1/checkin/{code}/out", null);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("分钟前刚签到，现在签退只记0.1小时。活动结束时再签退；如果活动确实已经结束，请再点一次“签退”。", await early.Content.ReadAsStringAsync());
        Assert.Empty(await App.WithDbAsync(db => db.ServiceHourEntries.Where(e => e.ActivityId == activity.Id && e.Verified).ToListAsync()));
        var outResponse = await elder.PostAsync($"/api/v1/checkin/{code}/out?sure=true", null);
        var state = await outResponse.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0.1m, state.GetProperty("creditedHours").GetDecimal());
        var verified = await App.WithDbAsync(db => db.ServiceHourEntries.Where(e => e.ActivityId == activity.Id && e.Verified).ToListAsync());
        Assert.Equal("郝和平", await App.WithDbAsync(db => db.Volunteers.Where(v => v.Id == verified.Single().VolunteerId).Select(v => v.Name).SingleAsync()));
        Assert.False(verified.Single().OnBehalf);
        Assert.Equal(Web.Features.Activities.ActivityStatus.Completed, await App.WithDbAsync(db => db.Activities.Where(a => a.Id == activity.Id).Select(a => a.Status).SingleAsync()));

        // A signed-in user who is not on the roster cannot check in.
        var recorder = await App.ApiClientAsync("wsz-school");
        var refused = await recorder.PostAsync($"/api/v1/checkin/{code}/in", null);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task The_api_records_an_activity_with_a_photo_and_keeps_another_units_out()
    {
        var api = await App.ApiClientAsync("wsz-school");
        var school = await App.UnitAsync("乌审召小学");
        var title = "接口记录" + Guid.NewGuid().ToString("N")[..6];
        using var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { title, category = "防溺水", status = "Completed", date = "2023-07-01", unitId = school.Id.ToString(), youthReached = "40" })), "activity" },
            { new ByteArrayContent(ActivityForms.Jpeg(200, 100)), "photos", "p.jpg" },
        };
        var created = await api.PostAsync("/api/v1/activities", form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, dto.GetProperty("files").GetArrayLength());

        var town = await App.UnitAsync("乌审召镇关工委");
        var outside = await api.PostAsJsonAsync("/api/v1/activities", new { title, category = "防溺水", status = "Completed", date = "2023-07-01", unitId = town.Id.ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Contains("组织单位", await outside.Content.ReadAsStringAsync());

        var foreign = await App.WithDbAsync(db => db.Activities.Where(a => a.Title.StartsWith("清明祭奠")).Select(a => a.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/activities/{foreign}")).StatusCode);
    }

    [Fact]
    public async Task A_certificate_calls_no_inspection_hours_verified()
    {
        // 钱福生's 2023 at 焦溪村: internet-café inspections (typed hours) and hours entered for him; nothing checked in and out.
        var recorder = await App.SignedInAsync("zl-jiaoxi");
        var page = $"/activities/certificate/{await VolunteerAsync("钱福生")}?year=2023";
        var issued = await recorder.PostFormAsync(page, "certificate-issue", HtmlForm.Fields(await recorder.GetStringAsync(page), "certificate-issue").ToDictionary());
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var id = await App.WithDbAsync(db => db.ServiceCertificates.Where(c => db.Volunteers.Any(v => v.Id == c.VolunteerId && v.Name == "钱福生")).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await recorder.GetByteArrayAsync($"/activities/certificates/{id}/file")), false);
        var text = word.MainDocumentPart!.Document!.InnerText;
        Assert.Contains("网吧义务监督", text);
        Assert.Contains("其中工作人员代为登记", text);
        Assert.DoesNotContain("签到签退核实", text);
    }

    [Fact]
    public async Task A_certificate_in_the_running_year_attests_service_up_to_its_date_not_to_the_years_end()
    {
        var officer = await App.SignedInAsync("zhenglu");
        var town = await App.UnitAsync("郑陆镇关工委");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        // A volunteer of the town with hours this year, none of them later than today.
        var volunteer = await App.WithDbAsync(db => db.ServiceHourEntries.Where(e => e.UnitPath.StartsWith(town.Path) && e.Date.Year == today.Year)
            .GroupBy(e => e.VolunteerId).Where(g => g.Max(e => e.Date) <= today && g.Max(e => e.Date) > new DateOnly(today.Year, 1, 1) && g.Sum(e => e.Tenths) > 0).Select(g => g.Key).FirstAsync());
        await App.WithDbAsync(async db => await db.ServiceCertificates.Where(c => c.VolunteerId == volunteer).ExecuteDeleteAsync());
        var page = $"/activities/certificate/{volunteer}?year={today.Year}";
        var form = HtmlForm.Fields(await officer.GetStringAsync(page), "certificate-issue");
        // Dated before the last service, it would count hours after its own date.
        var early = await officer.PostFormAsync(page, "certificate-issue", form.With("Input.Date", $"{today.Year}-01-01").ToDictionary());
        Assert.Contains("还有服务记录，证明日期不能早于这一天。", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()));
        var issued = await officer.PostFormAsync(page, "certificate-issue", HtmlForm.Fields(await officer.GetStringAsync(page), "certificate-issue").ToDictionary());
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var id = await App.WithDbAsync(db => db.ServiceCertificates.Where(c => c.VolunteerId == volunteer).Select(c => c.Id).SingleAsync());
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await officer.GetByteArrayAsync($"/activities/certificates/{id}/file")), false);
        var text = word.MainDocumentPart!.Document!.InnerText;
        Assert.Contains($"于{today.Year}年1月1日至{today.Year}年{today.Month}月{today.Day}日期间", text);
    }

    [Fact]
    public async Task A_certificate_is_issued_once_by_a_post_downloads_identical_and_a_reissue_voids_the_old_number()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var wang = await VolunteerAsync("王志强");
        var page = $"/activities/certificate/{wang}?year=2023";

        // Looking at the page issues nothing (a GET used to issue a new number each time).
        await officer.GetStringAsync(page);
        await officer.GetStringAsync(page);
        Assert.Equal(0, await App.WithDbAsync(db => db.ServiceCertificates.CountAsync(c => c.VolunteerId == wang)));

        var fields = HtmlForm.Fields(await officer.GetStringAsync(page), "certificate-issue");
        var issued = await officer.PostFormAsync(page, "certificate-issue", fields.ToDictionary());
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        // The same form posted again (a double click) issues nothing more.
        await officer.PostFormAsync(page, "certificate-issue", fields.ToDictionary());
        var certificate = await App.WithDbAsync(db => db.ServiceCertificates.SingleAsync(c => c.VolunteerId == wang));

        var first = await officer.GetByteArrayAsync($"/activities/certificates/{certificate.Id}/file");
        var again = await officer.GetByteArrayAsync($"/activities/certificates/{certificate.Id}/file");
        Assert.Equal(first, again);
        using var stream = new MemoryStream(first);
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var text = word.MainDocumentPart!.Document.InnerText;
        Assert.Contains("志愿服务证明", text);
        Assert.Contains("王志强", text);
        Assert.Contains("暑期防溺水宣讲会", text);
        Assert.Contains("淖尔边防溺水巡逻", text);
        Assert.Contains(certificate.Number, text);
        Assert.Contains("乌审召镇关心下一代工作委员会", text);
        Assert.Contains("其中本人签到签退核实", text);
        var ledger = await App.WithDbAsync(db => db.ServiceHourEntries.Where(e => e.VolunteerId == wang && e.Date.Year == 2023).SumAsync(e => e.Tenths));
        Assert.Equal(ledger, certificate.Tenths);
        // Verified is what was checked in and out; an inspection's typed hours are neither verified nor entered on behalf.
        var (checkedOut, onBehalf) = await App.WithDbAsync(async db => (
            await db.ServiceHourEntries.Where(e => e.VolunteerId == wang && e.Date.Year == 2023 && e.Verified && !e.OnBehalf).SumAsync(e => e.Tenths),
            await db.ServiceHourEntries.Where(e => e.VolunteerId == wang && e.Date.Year == 2023 && e.OnBehalf).SumAsync(e => e.Tenths)));
        Assert.Equal((checkedOut, onBehalf), (certificate.VerifiedTenths, certificate.OnBehalfTenths));
        Assert.True(certificate.Tenths >= 60, "the demo's six hours are included");

        // A second certificate needs the explicit reissue with a reason; the old number is then void.
        var reissue = HtmlForm.Fields(await officer.GetStringAsync(page), "certificate-issue");
        var refused = WebUtility.HtmlDecode(await (await officer.PostFormAsync(page, "certificate-issue", reissue.ToDictionary())).Content.ReadAsStringAsync());
        Assert.Contains("重新出具要写明原因", refused);
        var reissued = await officer.PostFormAsync(page, "certificate-issue", reissue.With("Input.Reason", "原证明遗失").ToDictionary());
        Assert.Equal(HttpStatusCode.Redirect, reissued.StatusCode);
        var all = await App.WithDbAsync(db => db.ServiceCertificates.Where(c => c.VolunteerId == wang).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(2, all.Count);
        Assert.Equal(all[0].Id, all[1].ReplacesId);
        Assert.NotEqual(all[0].Number, all[1].Number);
        var shown = WebUtility.HtmlDecode(await officer.GetStringAsync(page));
        Assert.Contains("已作废", shown);
        Assert.Equal(first, await officer.GetByteArrayAsync($"/activities/certificates/{certificate.Id}/file"));

        // A future date is refused; nobody gets a certificate for another town's volunteer.
        var future = WebUtility.HtmlDecode(await (await officer.PostFormAsync(page, "certificate-issue",
            HtmlForm.Fields(await officer.GetStringAsync(page), "certificate-issue").With("Input.Date", "2099-01-01").With("Input.Reason", "x").ToDictionary())).Content.ReadAsStringAsync());
        Assert.Contains("日期不能晚于今天", future);
        var chen = await VolunteerAsync("陈建国");
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/activities/certificate/{chen}?year=2023")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsync("zhenglu")).GetAsync($"/activities/certificates/{certificate.Id}/file")).StatusCode);
    }

    [Fact]
    public async Task An_activity_linked_to_a_plan_task_is_that_tasks_evidence()
    {
        var plan = await App.WithDbAsync(db => db.WorkPlans.SingleAsync(p => p.Title == "乌审召镇2023年关心下一代工作计划"));
        var assignment = await App.WithDbAsync(db => db.TaskAssignments.Where(a => a.PlanId == plan.Id && a.TaskText.Contains("防溺水")).FirstAsync());
        var village = await App.UnitAsync("乌审召嘎查关工委");
        var officer = await App.SignedInAsync("wushenzhao");
        var title = "防溺水佐证" + Guid.NewGuid().ToString("N")[..6];
        var fields = Fields(title, village.Id);
        fields["Input.PlanTaskId"] = assignment.TaskId.ToString();
        Assert.Equal(HttpStatusCode.Redirect, (await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", fields)).StatusCode);
        Assert.Contains(title, WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/tasks/{assignment.TaskId}")));
        Assert.Contains("活动佐证", WebUtility.HtmlDecode(await officer.GetStringAsync($"/plans/{plan.Id}")));
        Assert.Contains(title, await officer.GetStringAsync($"/activities?task={assignment.TaskId}"));

        // A task of the other town cannot take this town's activity as evidence.
        var foreignTask = await App.WithDbAsync(db => db.PlanTasks.Where(t => t.Plan!.Title.StartsWith("郑陆")).Select(t => t.Id).FirstAsync());
        fields["Input.PlanTaskId"] = foreignTask.ToString();
        fields["Input.Title"] = title + "越权";
        Assert.Contains("请从列表中选择计划任务", await (await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", fields)).HtmlAsync());
    }

    [Fact]
    public async Task A_file_over_50_MB_is_refused()
    {
        var village = await App.UnitAsync("乌审召嘎查关工委");
        var officer = await App.SignedInAsync("wushenzhao");
        var huge = new byte[51 * 1024 * 1024];
        ActivityForms.Jpeg(10, 10).CopyTo(huge, 0);
        var response = await ActivityForms.PostAsync(officer, "/activities/new", "activity-create", Fields("大文件" + Guid.NewGuid().ToString("N")[..4], village.Id), [("files", "大照片.jpg", huge)]);
        Assert.Contains("超过了每个文件50MB的上限", await response.HtmlAsync());
    }

    [Fact]
    public async Task A_volunteer_cannot_fetch_the_check_in_code_and_a_null_served_list_is_a_message()
    {
        var activity = await App.WithDbAsync(db => db.Activities.Where(a => a.CheckInCode != null).Select(a => a.Id).FirstAsync());
        var elder = await App.SignedInAsync("wsz-elder");
        Assert.Equal(HttpStatusCode.Forbidden, (await elder.GetAsync($"/activities/{activity}/checkin-qr")).StatusCode);

        var school = await App.UnitAsync("乌审召小学");
        var api = await App.ApiClientAsync("wsz-school");
        var response = await api.PostAsync("/api/v1/activities", new StringContent(
            $$"""{"title":"空名单","category":"防溺水","status":"Completed","date":"2023-07-01","unitId":"{{school.Id}}","served":null}""",
            System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("空项", await response.Content.ReadAsStringAsync());
    }

    private string FilesDirectory => Path.Combine(App.DataDirectory, "files");
}

public sealed class ActivityRecordingTestsOnSqlite(SqliteAppFixture fixture) : ActivityRecordingTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ActivityRecordingTestsOnPostgres(PostgresAppFixture fixture) : ActivityRecordingTests(fixture), IClassFixture<PostgresAppFixture>;
