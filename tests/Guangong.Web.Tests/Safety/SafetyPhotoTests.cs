using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Safety.Cafes;
using Guangong.Web.Features.Safety.Photos;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Safety;

/// <summary>
/// Issue 14.3 and 14.4 "photos": an inspection's and a patrol's photos, taken on the phone form or sent by the API,
/// checked by their bytes, read within scope only, removed in two steps and with their record; and the removal of
/// an inspection with its hours.
/// </summary>
public abstract class SafetyPhotoTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private static readonly byte[] NotAPhoto = Encoding.UTF8.GetBytes("MZ this is a program, not a photo");

    private Task<(Unit Village, long Elder, long CafeId)> CafeAsync() => CafeAsync(App);

    /// <summary>A new village of 郑陆 with a 五老 who supervises a new café there.</summary>
    internal static async Task<(Unit Village, long Elder, long CafeId)> CafeAsync(GuangongApp app)
    {
        var town = await app.UnitAsync("郑陆镇关工委");
        var village = await app.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"照片测试村{Guid.NewGuid():N}"[..12], UnitLevel.Village, UnitKind.Committee)));
        var (elder, cafe) = await app.WithDbAsync(async db =>
        {
            var v = new Volunteer { UnitId = village.Id, UnitPath = village.Path, Name = ChineseName.Unique("照", 2), Gender = Gender.Male, BirthYear = 1954, StatusDate = new DateOnly(2020, 1, 1), CreatedUtc = DateTime.UtcNow };
            var c = new InternetCafe { UnitId = village.Id, UnitPath = village.Path, Name = $"照片网咖{Guid.NewGuid():N}"[..10], CreatedUtc = DateTime.UtcNow };
            db.Volunteers.Add(v);
            db.InternetCafes.Add(c);
            await db.SaveChangesAsync();
            db.CafeSupervisors.Add(new CafeSupervisor { CafeId = c.Id, VolunteerId = v.Id, UnitId = village.Id, UnitPath = village.Path });
            await db.SaveChangesAsync();
            return (v.Id, c.Id);
        });
        return (village, elder, cafe);
    }

    internal static MultipartFormDataContent Multipart(string field, object record, params (string Name, byte[] Bytes)[] photos)
    {
        var form = new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(record)), field } };
        foreach (var (name, bytes) in photos)
        {
            form.Add(new ByteArrayContent(bytes), "photos", name);
        }

        return form;
    }

    internal static object Inspection(long elder, string date = "2023-11-02") => new
    {
        date, time = "20:00", volunteerId = elder.ToString(), hours = "1", minorsFound = "0", signPresent = "是", idChecksDone = "是", followUpTo = "None",
    };

    private Task<List<SafetyPhoto>> PhotosAsync(PhotoOf of, long recordId) =>
        App.WithDbAsync(db => db.SafetyPhotos.IgnoreQueryFilters().AsNoTracking().Where(p => p.Of == of && p.RecordId == recordId).OrderBy(p => p.Id).ToListAsync());

    private Task<bool> FileExistsAsync(string key) => App.WithServiceAsync<EvidenceFiles, bool>(files =>
    {
        using var stream = files.Open(key, thumbnail: false);
        return Task.FromResult(stream is not null);
    });

    [Fact]
    public async Task An_inspection_sent_with_photos_keeps_them_and_hands_them_out_within_scope_only()
    {
        var (_, elder, cafeId) = await CafeAsync();
        var api = await App.ApiClientAsync("zhenglu");
        using var form = Multipart("inspection", Inspection(elder), ("门口.jpg", ActivityForms.Jpeg(640, 480)), ("吧台.jpg", ActivityForms.Jpeg(300, 200)));
        var saved = await api.PostAsync($"/api/v1/cafes/{cafeId}/inspections", form);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal(2, body.GetProperty("photos").GetArrayLength());

        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/cafes/{cafeId}/inspections");
        var photo = listed.EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id).GetProperty("photos")[0];
        var url = photo.GetProperty("url").GetString()!;
        Assert.StartsWith("/cafes/photos/", url, StringComparison.Ordinal);

        var officer = await App.SignedInAsync("zhenglu");
        var full = await officer.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal("image/jpeg", full.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(photo.GetProperty("thumbnailUrl").GetString())).StatusCode);

        // The inspection page shows them; another county's officer gets the photo as a photo that does not exist.
        var page = await officer.GetStringAsync($"/cafes/inspections/{id}");
        Assert.Contains(url + "?thumb=1", page);
        var other = await App.SignedInAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/cafes/inspections/{id}")).StatusCode);

        // The patrol route does not hand out an inspection's photo.
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(url.Replace("/cafes/", "/water/", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_photo_is_refused_with_a_message_and_nothing_is_saved()
    {
        var (_, elder, cafeId) = await CafeAsync();
        var api = await App.ApiClientAsync("zhenglu");
        foreach (var (name, bytes) in new[] { ("照片.jpg", NotAPhoto), ("报告.pdf", Encoding.ASCII.GetBytes("%PDF-1.4 not a photo")) })
        {
            using var form = Multipart("inspection", Inspection(elder), ("好的.jpg", ActivityForms.Jpeg(100, 80)), (name, bytes));
            var refused = await api.PostAsync($"/api/v1/cafes/{cafeId}/inspections", form);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("不是照片", await refused.Content.ReadAsStringAsync());
        }

        Assert.False(await App.WithDbAsync(db => db.CafeInspections.AnyAsync(i => i.CafeId == cafeId)));

        // On the phone form: the message stands beside the photos, the other fields stay filled, the photos are chosen again.
        var officer = await App.SignedInAsync("zhenglu");
        var response = await ActivityForms.PostAsync(officer, $"/cafes/{cafeId}", "cafe-inspection", new Dictionary<string, string>
        {
            ["Inspection.Date"] = "2023-11-03", ["Inspection.Time"] = "21:00", ["Inspection.VolunteerId"] = elder.ToString(), ["Inspection.Hours"] = "1",
            ["Inspection.MinorsFound"] = "0", ["Inspection.SignPresent"] = "是", ["Inspection.IdChecksDone"] = "是", ["Inspection.FollowUpTo"] = "None", ["Inspection.Problems"] = "灯光昏暗",
        }, [("photos", "setup.exe", NotAPhoto)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("“setup.exe”不是照片", html);
        Assert.Contains("照片需要重新选择", html);
        Assert.Contains("灯光昏暗", html);
        Assert.False(await App.WithDbAsync(db => db.CafeInspections.AnyAsync(i => i.CafeId == cafeId)));
    }

    [Fact]
    public async Task The_phone_form_records_an_inspection_with_its_photos_and_a_photo_is_removed_in_two_steps()
    {
        var (_, elder, cafeId) = await CafeAsync();
        var officer = await App.SignedInAsync("zhenglu");
        Assert.Contains("name=\"photos\"", await officer.GetStringAsync($"/cafes/{cafeId}"));
        var response = await ActivityForms.PostAsync(officer, $"/cafes/{cafeId}", "cafe-inspection", new Dictionary<string, string>
        {
            ["Inspection.Date"] = "2023-11-04", ["Inspection.Time"] = "21:00", ["Inspection.VolunteerId"] = elder.ToString(), ["Inspection.Hours"] = "1",
            ["Inspection.MinorsFound"] = "0", ["Inspection.SignPresent"] = "是", ["Inspection.IdChecksDone"] = "是", ["Inspection.FollowUpTo"] = "None",
        }, [("photos", "a.jpg", ActivityForms.Jpeg(200, 150)), ("photos", "b.png", ActivityForms.Jpeg(120, 90))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await App.WithDbAsync(db => db.CafeInspections.Where(i => i.CafeId == cafeId).Select(i => i.Id).SingleAsync());
        Assert.EndsWith($"/cafes/inspections/{id}?saved=1", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var photos = await PhotosAsync(PhotoOf.CafeInspection, id);
        Assert.Equal(2, photos.Count);

        // The first step only opens the question; the second posts the removal.
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/cafes/inspections/{id}"));
        Assert.Contains("确定删除这张照片？", page);
        var removed = await officer.PostAsync($"/cafes/inspections/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = $"photo-remove-CafeInspection-{photos[0].Id}", ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal([photos[1].Id], (await PhotosAsync(PhotoOf.CafeInspection, id)).Select(p => p.Id));
        Assert.False(await FileExistsAsync(photos[0].StorageKey));
        var after = WebUtility.HtmlDecode(await officer.GetStringAsync(removed.Headers.Location!.OriginalString));
        Assert.Contains($"已删除照片「{photos[0].FileName}」", after);

        // Its remover puts it back from the same message (issue 12 point 4): the same bytes, a new row.
        var undone = await officer.PostAsync(removed.Headers.Location!.OriginalString, new FormUrlEncodedContent(HtmlForm.Fields(after, $"photo-undo-CafeInspection-{id}").ToDictionary()));
        Assert.Contains("照片已放回", WebUtility.HtmlDecode(await officer.GetStringAsync(undone.Headers.Location!.OriginalString)));
        var back = (await PhotosAsync(PhotoOf.CafeInspection, id)).Single(p => p.StorageKey == photos[0].StorageKey);
        Assert.True(await FileExistsAsync(back.StorageKey));
        photos = await PhotosAsync(PhotoOf.CafeInspection, id);

        // Another county's officer cannot remove one: the post is sent back to the page, which is not found, and the photo stays.
        var other = await App.SignedInAsync("wushenzhao");
        var theirs = await other.PostAsync($"/cafes/inspections/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = $"photo-remove-CafeInspection-{photos[1].Id}", ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(await other.GetStringAsync("/cafes")),
        }));
        Assert.Equal(HttpStatusCode.SeeOther, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(theirs.Headers.Location!.OriginalString)).StatusCode);
        Assert.Equal(2, (await PhotosAsync(PhotoOf.CafeInspection, id)).Count);
    }

    [Fact]
    public async Task Removing_an_inspection_reverses_its_hours_and_removes_its_photos_out_of_scope_answers_404()
    {
        var (_, elder, cafeId) = await CafeAsync();
        var api = await App.ApiClientAsync("zhenglu");
        using var form = Multipart("inspection", Inspection(elder, "2023-11-05"), ("门口.jpg", ActivityForms.Jpeg(100, 80)));
        var saved = await (await api.PostAsync($"/api/v1/cafes/{cafeId}/inspections", form)).Content.ReadFromJsonAsync<JsonElement>();
        var (id, version) = (saved.GetProperty("id").GetInt64(), saved.GetProperty("version").GetInt64());
        var key = (await PhotosAsync(PhotoOf.CafeInspection, id)).Single().StorageKey;

        // Out of scope, another café's id, or a 五老 (no right to remove): nothing changes.
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.ApiClientAsync("wushenzhao")).DeleteAsync($"/api/v1/cafes/{cafeId}/inspections/{id}?version={version}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/cafes/{cafeId + 100000}/inspections/{id}?version={version}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await App.ApiClientAsync("wsz-elder")).DeleteAsync($"/api/v1/cafes/{cafeId}/inspections/{id}?version={version}")).StatusCode);
        Assert.Single(await App.WithDbAsync(db => db.ServiceHourEntries.Where(e => e.Source == ServiceSource.CafeInspection && e.SourceId == id).ToListAsync()));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/cafes/{cafeId}/inspections/{id}?version={version}")).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.CafeInspections.AnyAsync(i => i.Id == id)));
        var lines = await App.WithDbAsync(db => db.ServiceHourEntries.Where(e => e.Source == ServiceSource.CafeInspection && e.SourceId == id).OrderBy(e => e.Id).Select(e => e.Hours).ToListAsync());
        Assert.Equal([1m, -1m], lines);
        Assert.Empty(await PhotosAsync(PhotoOf.CafeInspection, id));
        Assert.False(await FileExistsAsync(key));
    }

    [Fact]
    public async Task The_inspection_page_removes_it_in_two_steps_and_a_closed_month_refuses_with_a_message()
    {
        var (_, elder, cafeId) = await CafeAsync();
        var api = await App.ApiClientAsync("zhenglu");
        var officer = await App.SignedInAsync("zhenglu");
        async Task<HttpResponseMessage> RemoveAsync(long id)
        {
            var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/cafes/inspections/{id}"));
            Assert.Contains("确定删除？误录的检查删除后", page);
            var version = await App.WithDbAsync(db => db.CafeInspections.Where(i => i.Id == id).Select(i => i.Version).SingleAsync());
            return await officer.PostAsync($"/cafes/inspections/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "inspection-delete", ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(page), ["version"] = version.ToString(),
            }));
        }

        var open = (await (await api.PostAsJsonAsync($"/api/v1/cafes/{cafeId}/inspections", Inspection(elder, "2023-11-06"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var removed = await RemoveAsync(open);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("已删除一条检查记录，监督员的这笔服务时长已冲销", WebUtility.HtmlDecode(await officer.GetStringAsync(removed.Headers.Location!.OriginalString)));
        Assert.False(await App.WithDbAsync(db => db.CafeInspections.AnyAsync(i => i.Id == open)));

        var late = (await (await api.PostAsJsonAsync($"/api/v1/cafes/{cafeId}/inspections", Inspection(elder, "2022-03-15"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var town = await App.UnitAsync("郑陆镇关工委");
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/v1/reports/close", new { unit = town.Id.ToString(), kind = "month", year = "2022", number = "3" })).StatusCode);
        var refused = await RemoveAsync(late);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("没有删除：2022年3月的统计数字已由郑陆镇关工委关账", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.True(await App.WithDbAsync(db => db.CafeInspections.AnyAsync(i => i.Id == late)));
        var version = await App.WithDbAsync(db => db.CafeInspections.Where(i => i.Id == late).Select(i => i.Version).SingleAsync());
        var apiRefused = await api.DeleteAsync($"/api/v1/cafes/{cafeId}/inspections/{late}?version={version}");
        Assert.Equal(HttpStatusCode.BadRequest, apiRefused.StatusCode);
        Assert.Single(await App.WithDbAsync(db => db.ServiceHourEntries.Where(e => e.Source == ServiceSource.CafeInspection && e.SourceId == late).ToListAsync()));
    }

    [Fact]
    public async Task An_inspection_of_a_cafe_outside_the_scope_is_not_found_photos_or_not()
    {
        var (_, elder, cafeId) = await CafeAsync();
        var other = await App.ApiClientAsync("wushenzhao");
        using var form = Multipart("inspection", Inspection(elder), ("门口.jpg", ActivityForms.Jpeg(100, 80)));
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/cafes/{cafeId}/inspections", form)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/cafes/{cafeId}/inspections", Inspection(elder))).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.CafeInspections.AnyAsync(i => i.CafeId == cafeId)));
    }

    [Fact]
    public async Task A_patrol_takes_photos_at_check_in_and_check_out_and_loses_them_with_its_removal()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var (elder, waterId) = await App.WithDbAsync(async db =>
        {
            var v = new Volunteer { UnitId = town.Id, UnitPath = town.Path, Name = ChineseName.Unique("巡", 2), Gender = Gender.Male, BirthYear = 1952, StatusDate = new DateOnly(2020, 1, 1), CreatedUtc = DateTime.UtcNow };
            db.Volunteers.Add(v);
            await db.SaveChangesAsync();
            return (v.Id, await db.WaterBodies.Where(w => w.Name == "乌审召淖尔").Select(w => w.Id).FirstAsync());
        });
        var api = await App.ApiClientAsync("wushenzhao");

        // A non-photo at check-in: refused, no patrol opened.
        using (var bad = Multipart("checkIn", new { volunteerId = elder.ToString(), waterBodyIds = new[] { waterId }, date = "2023-08-12", time = "09:00" }, ("河边.jpg", NotAPhoto)))
        {
            var refused = await api.PostAsync("/api/v1/patrols/check-in", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("不是照片", await refused.Content.ReadAsStringAsync());
            Assert.False(await App.WithDbAsync(db => db.Patrols.AnyAsync(p => p.VolunteerId == elder)));
        }

        using var checkIn = Multipart("checkIn", new { volunteerId = elder.ToString(), waterBodyIds = new[] { waterId }, date = "2023-08-12", time = "09:00" }, ("出发.jpg", ActivityForms.Jpeg(200, 100)));
        var opened = await api.PostAsync("/api/v1/patrols/check-in", checkIn);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var p = await opened.Content.ReadFromJsonAsync<JsonElement>();
        var id = p.GetProperty("id").GetInt64();
        Assert.Equal(1, p.GetProperty("photos").GetArrayLength());

        using var checkOut = Multipart("checkOut", new { date = "2023-08-12", time = "11:00", childrenDissuaded = "2", hazards = "岸边松软", version = p.GetProperty("version").GetInt64() }, ("岸边.jpg", ActivityForms.Jpeg(200, 100)));
        var closed = await api.PostAsync($"/api/v1/patrols/{id}/check-out", checkOut);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var done = await closed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, done.GetProperty("photos").GetArrayLength());
        var url = done.GetProperty("photos")[1].GetProperty("url").GetString()!;
        Assert.StartsWith("/water/photos/", url, StringComparison.Ordinal);

        // Shown on the patrols page and the edit page, within scope only.
        var officer = await App.SignedInAsync("wushenzhao");
        Assert.Contains(url + "?thumb=1", await officer.GetStringAsync("/water/patrols"));
        Assert.Contains("确定删除这张照片？", WebUtility.HtmlDecode(await officer.GetStringAsync($"/water/patrols/{id}/edit")));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsync("zhenglu")).GetAsync(url)).StatusCode);

        var keys = (await PhotosAsync(PhotoOf.Patrol, id)).Select(x => x.StorageKey).ToList();
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/patrols/{id}?version={done.GetProperty("version").GetInt64()}")).StatusCode);
        Assert.Empty(await PhotosAsync(PhotoOf.Patrol, id));
        foreach (var key in keys)
        {
            Assert.False(await FileExistsAsync(key));
        }
    }

    [Fact]
    public async Task The_demo_elder_sees_patrols_of_their_own_on_the_phone()
    {
        var own = await App.WithDbAsync(db => db.Patrols.CountAsync(p => p.EndUtc != null && db.Volunteers.Any(v => v.Id == p.VolunteerId && db.Users.Any(u => u.Id == v.UserId && u.UserName == "wsz-elder"))));
        Assert.True(own >= 1, "wsz-elder has no finished patrol of their own in the demo");
        var elder = await App.SignedInAsync("wsz-elder");
        var page = WebUtility.HtmlDecode(await elder.GetStringAsync("/water/patrols"));
        Assert.Contains("郝和平", page);
        Assert.Contains("岸边冰面有裂缝", page);
    }
}

public sealed class SafetyPhotoTestsOnSqlite(SqliteAppFixture fixture) : SafetyPhotoTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class SafetyPhotoTestsOnPostgres(PostgresAppFixture fixture) : SafetyPhotoTests(fixture), IClassFixture<PostgresAppFixture>;
