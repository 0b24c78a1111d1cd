using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Errors;
using Guangong.Web.Infrastructure.Files;
using Guangong.Web.Infrastructure.Uploads;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// Issue 19.8: a body over its endpoint's limit is 413, token issue and uploads are rate-limited
/// (429 with Retry-After), and a locked database or a full disk answers 503 in Chinese with
/// nothing half-saved — never a 500.
/// </summary>
public sealed class RequestLimitTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    private static readonly string TwoMegabytes = new('a', 2 * 1024 * 1024);

    [Fact]
    public async Task A_body_over_a_megabyte_is_413_in_chinese_except_where_files_are_uploaded()
    {
        var page = await App.Browser().PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "login", ["Input.UserName"] = TwoMegabytes }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        Assert.Contains("提交的内容太大", WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));

        var api = await App.ApiClientAsync("zhenglu");
        var json = await api.PostAsync("/api/v1/volunteers", new StringContent(JsonSerializer.Serialize(new { name = TwoMegabytes }), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        Assert.Contains(RequestLimits.TooLargeMessage, await json.Content.ReadAsStringAsync());

        // The same two megabytes as a photo of an activity is an upload, within its own limit.
        var town = await App.UnitAsync("郑陆镇关工委");
        using var form = ActivityWithPhoto(town.Id, new byte[2 * 1024 * 1024]);
        var upload = await api.PostAsync("/api/v1/activities", form);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode); // zeros are no picture: refused by content, not by size
        Assert.Contains("不是允许的文件类型", await upload.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Every_page_and_endpoint_that_takes_evidence_lets_in_a_file_of_the_evidence_limit()
    {
        // Kestrel's own limit (30 MB) never applies: every request gets its endpoint's limit (BodySizeMiddleware). So each
        // form and API endpoint that takes photos or evidence must let in one file as large as the store takes, and a form.
        string[] evidence = ["/uploads", "/activities/new", "/activities/{", "/plans/assignments/", "/cafes/", "/water/", "/api/v1/activities", "/api/v1/cafes", "/api/v1/water"];
        var limits = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route && evidence.Any(route.StartsWith) && e.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is not null)
            .Select(e => (Route: e.RoutePattern.RawText!, Limit: e.Metadata.GetMetadata<IRequestSizeLimitMetadata>()!.MaxRequestBodySize))
            .ToList();
        Assert.Contains(limits, l => l.Route.StartsWith(PendingUploadEndpoints.Url, StringComparison.Ordinal));
        Assert.Contains(limits, l => l.Route == "/activities/new");
        Assert.True(PendingUploads.MaxBytes >= EvidenceFiles.MaxBytes, "the upload on pick takes the evidence store's largest file");
        // A page that takes evidence without saying its own limit would get the 1 MB default: its no-script form fails.
        string[] evidencePages = ["/activities/new", "/activities/{Id:long}/edit", "/plans/assignments/{Id:long}", "/assessments/{Id:long}", "/notices/new", "/notices/{Id:long}", "/publicity/articles/new"];
        var pageLimits = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => evidencePages.Contains(e.RoutePattern.RawText))
            .ToLookup(e => e.RoutePattern.RawText!, e => e.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? 0);
        var unsaid = evidencePages.Where(p => !pageLimits[p].Any() || pageLimits[p].Any(max => max < EvidenceFiles.MaxBytes + (1024 * 1024))).ToList();
        Assert.True(unsaid.Count == 0, "Pages taking evidence whose form cannot carry one file of the evidence limit:\n" + string.Join('\n', unsaid));
        var tooSmall = limits.Where(l => l.Limit is { } max && max < EvidenceFiles.MaxBytes + (1024 * 1024)).Select(l => $"{l.Route}: {l.Limit}").ToList();
        Assert.True(tooSmall.Count == 0, "Evidence endpoints that cannot take one file of the evidence limit:\n" + string.Join('\n', tooSmall));
    }

    [Fact]
    public async Task Token_issue_per_address_and_uploads_per_user_are_limited_with_retry_after()
    {
        await using var limited = App.WithWebHostBuilder(b => b.UseSetting("Limits:TokensPerMinute", "3").UseSetting("Limits:UploadsPerMinute", "2"));
        var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "zhenglu", password = HttpSession.DemoPassword });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var api = limited.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "zhenglu", password = "wrong" })).StatusCode);
        }

        var refused = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "zhenglu", password = HttpSession.DemoPassword });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        Assert.Contains("操作太频繁", await refused.Content.ReadAsStringAsync());

        var town = await App.UnitAsync("郑陆镇关工委");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var form = ActivityWithPhoto(town.Id, [1, 2, 3]);
            answers.Add((await api.PostAsync("/api/v1/activities", form)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], answers);

        // Reading and small writes are not uploads.
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/activities")).StatusCode);
    }

    [Fact]
    public async Task A_save_while_another_connection_holds_the_write_lock_is_503_with_a_message_and_saves_nothing()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var volunteerId = await App.WithDbAsync(db => db.Volunteers.Where(v => v.UnitPath.StartsWith(town.Path)).OrderBy(v => v.Id).Select(v => v.Id).FirstAsync());
        await using var impatient = App.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Guangong", App.Database.ConnectionString + ";Default Timeout=1"));
        var officer = impatient.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await officer.LoginAsync("zhenglu", HttpSession.DemoPassword)).StatusCode);
        var page = await officer.GetStringAsync($"/volunteers/{volunteerId}");
        var fields = HtmlForm.Fields(page, "volunteer-visit").With("Visit.VisitedBy", "锁测试").With("Visit.Health", "良好").With("Visit.Needs", "锁住时提交");
        var visits = await VisitCountAsync(volunteerId);

        await using (var holder = new SqliteConnection(App.Database.ConnectionString))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync();
            }

            var locked = await officer.PostAsync($"/volunteers/{volunteerId}", new FormUrlEncodedContent(fields));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.StatusCode);

            // The page comes back with the visit form open and what was typed in it (RefusedSaveFormTests).
            var shown = WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync());
            Assert.Contains(SaveRefusal.BusyMessage, shown);
            Assert.Contains(new KeyValuePair<string, string>("Visit.Needs", "锁住时提交"), HtmlForm.Fields(shown, "volunteer-visit"));
            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK"; // a pooled connection would keep the lock past its disposal
            await rollback.ExecuteNonQueryAsync();
        }

        Assert.Equal(visits, await VisitCountAsync(volunteerId));
        var again = await officer.PostAsync($"/volunteers/{volunteerId}", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(visits + 1, await VisitCountAsync(volunteerId));
    }

    [Fact]
    public async Task A_full_disk_while_storing_photos_is_503_problem_json_and_leaves_no_file_and_no_record()
    {
        var files = Path.Combine(App.DataDirectory, "files");
        var written = 0;
        await using var full = App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton(new EvidenceFiles(files)
        {
            // The first file (and its thumbnail) fit; then the disk is full.
            WriteFile = async (path, bytes, ct) =>
            {
                if (Interlocked.Increment(ref written) > 2)
                {
                    await File.WriteAllBytesAsync(path, bytes.AsSpan(0, bytes.Length / 2).ToArray(), ct);
                    throw new IOException("No space left on device", 28);
                }

                await File.WriteAllBytesAsync(path, bytes, ct);
            },
        })));
        var client = full.CreateClient();
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "zhenglu", password = HttpSession.DemoPassword });
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        var town = await App.UnitAsync("郑陆镇关工委");
        var before = Directory.Exists(files) ? Directory.GetFiles(files, "*", SearchOption.AllDirectories).Length : 0;
        var title = "磁盘满" + Guid.NewGuid().ToString("N")[..6];

        using var form = ActivityWithPhoto(town.Id, ActivityForms.Jpeg(200, 100), title);
        form.Add(new ByteArrayContent(ActivityForms.Jpeg(300, 100)), "photos", "second.jpg");
        var response = await client.PostAsync("/api/v1/activities", form);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(StorageFaults.FullMessage, await response.Content.ReadAsStringAsync());
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(written > 2);
        Assert.Equal(before, Directory.Exists(files) ? Directory.GetFiles(files, "*", SearchOption.AllDirectories).Length : 0);
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task A_database_that_has_no_room_left_is_recognised_as_full_and_answered_503()
    {
        var file = Path.Combine(Path.GetTempPath(), "guangong-tests", $"full-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        SqliteException? full = null;
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (b BLOB); PRAGMA max_page_count = 3;";
            await command.ExecuteNonQueryAsync();
            command.CommandText = "INSERT INTO t VALUES (randomblob(100000))";
            full = await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
        }

        File.Delete(file);
        Assert.Equal(13, full.SqliteErrorCode); // SQLITE_FULL
        Assert.Equal(StorageFault.Full, StorageFaults.Of(new DbUpdateException("save", full)));
        Assert.Equal(StatusCodes503, RequestFaultHandler.StatusOf(new DbUpdateException("save", full)));
        Assert.Equal(500, RequestFaultHandler.StatusOf(new InvalidOperationException("a bug")));
    }

    private const int StatusCodes503 = 503;

    private async Task<int> VisitCountAsync(long volunteerId) =>
        await App.WithDbAsync(db => db.VolunteerVisits.CountAsync(v => v.VolunteerId == volunteerId));

    private static MultipartFormDataContent ActivityWithPhoto(long unitId, byte[] photo, string? title = null) => new()
    {
        { new StringContent(JsonSerializer.Serialize(new { title = title ?? "上传限制", category = "防溺水", status = "Completed", date = "2023-07-01", unitId = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture) })), "activity" },
        { new ByteArrayContent(photo), "photos", "p.jpg" },
    };
}
