using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Guangong.Web.Features.Audit;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// The probes that once found defects, run again: huge and broken images, cookie-only writes from
/// another origin, malformed bodies, tampered hidden fields, invisible characters. Each answers
/// with a message and a 4xx, never a 5xx, and loses nothing. Run once per provider.
/// </summary>
public abstract class ProbeTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_picture_of_400_megapixels_is_refused_from_its_header_before_it_is_decoded()
    {
        var api = await App.ApiClientAsync("wsz-school");
        var title = "像素炸弹" + Guid.NewGuid().ToString("N")[..6];
        var response = await PostActivityAsync(api, title, ("bomb.png", Images.PngHeader(20000, 20000)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("超过2亿像素", await response.Content.ReadAsStringAsync());
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task A_damaged_jpeg_is_refused_with_a_message_on_the_api_and_on_the_progress_form()
    {
        var api = await App.ApiClientAsync("wsz-school");
        var title = "损坏图片" + Guid.NewGuid().ToString("N")[..6];
        byte[] junk = [0xFF, 0xD8, 0xFF, .. Encoding.ASCII.GetBytes(new string('x', 2000))];
        var response = await PostActivityAsync(api, title, ("broken.jpg", junk));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("无法作为图片打开", await response.Content.ReadAsStringAsync());
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task A_png_whose_pixels_are_missing_is_refused_and_a_windows_path_is_cut_to_the_name()
    {
        var api = await App.ApiClientAsync("wsz-school");
        var title = "残缺图片" + Guid.NewGuid().ToString("N")[..6];

        // A valid header over a pixel stream that ends at once: Skia used to hand back a blank picture for it.
        var response = await PostActivityAsync(api, title, ("..\\..\\empty.png", Images.PngHeader(120, 80)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("“empty.png”无法作为图片打开", body);
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task A_form_posted_without_the_pages_token_answers_the_chinese_400_page()
    {
        var browser = await App.SignedInAsync("wushenzhao");
        var volunteer = await App.WithDbAsync(db => db.Volunteers.Select(v => v.Id).FirstAsync());
        foreach (var path in new[] { "/account/elder-mode", "/account/switch-unit", "/plans/import", $"/activities/certificate/{volunteer}" })
        {
            var forged = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/", ["_handler"] = "x" }));

            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Contains("页面已过期", await forged.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Every_endpoint_that_reads_a_form_refuses_a_post_without_the_pages_token_before_its_handler_runs()
    {
        // The handlers generated at build time read the form without looking at the token's verdict: the refusal is
        // the pipeline's (AntiforgeryEnforcement). Signed in as the administrator, so the token check is what is met.
        var endpoints = App.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Antiforgery.IAntiforgeryMetadata>() is { RequiresValidation: true }
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{[^}]+\}", "1"))
            .Distinct()
            .ToList();
        Assert.True(endpoints.Count >= 3, $"only {endpoints.Count} form endpoints found");
        var admin = await App.SignedInAsync("admin");
        var before = await App.WithDbAsync(db => db.AuditEntries.CountAsync());
        foreach (var path in endpoints)
        {
            using var form = new MultipartFormDataContent { { new StringContent("x"), "kind" }, { new ByteArrayContent(ActivityForms.Jpeg()), "file", "a.jpg" } };
            var response = await admin.PostAsync(path, form);

            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        }

        Assert.Equal(before, await App.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task The_api_ignores_the_cookie_so_another_site_cannot_write_with_it()
    {
        var browser = await App.SignedInAsync("wsz-school");
        var school = await App.UnitAsync("乌审召小学");
        var title = "跨站写入" + Guid.NewGuid().ToString("N")[..6];
        var json = JsonSerializer.Serialize(new { title, category = "防溺水", status = "Completed", date = "2023-07-01", unitId = school.Id.ToString() });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/activities") { Content = new StringContent(json, Encoding.UTF8, "text/plain") };
        request.Headers.Add("Origin", "http://evil.example");

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));
    }

    [Fact]
    public async Task Logging_out_without_the_pages_token_is_refused_and_the_session_goes_on()
    {
        var browser = await App.SignedInAsync("wsz-reporter");
        var forged = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Malformed_multipart_and_json_answer_400_problem_json_on_every_method()
    {
        var api = await App.ApiClientAsync("wsz-school");
        var noBoundary = new ByteArrayContent("--x\r\nContent-Disposition: form-data; name=\"activity\"\r\n\r\n{}"u8.ToArray());
        noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        var truncated = new ByteArrayContent("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n一、"u8.ToArray());
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        var schoolPath = (await App.UnitAsync("乌审召小学")).Path;
        var activity = await App.WithDbAsync(db => db.Activities.Where(a => a.UnitPath.StartsWith(schoolPath)).Select(a => a.Id).FirstAsync());

        var answers = new[]
        {
            await api.PostAsync("/api/v1/activities", noBoundary),
            await api.PostAsync("/api/v1/plans/parse", truncated),
            await api.PutAsync($"/api/v1/activities/{activity}", CloneOf(noBoundary)),
            await api.PostAsync("/api/v1/training", new StringContent("{\"topic\": ", Encoding.UTF8, "application/json")),
            await api.PostAsync("/api/v1/volunteers", new StringContent("[1,2]", Encoding.UTF8, "application/json")),
        };

        foreach (var answer in answers)
        {
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{answer.RequestMessage!.Method} {answer.RequestMessage.RequestUri} answered {(int)answer.StatusCode}");
            Assert.True(answer.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{answer.RequestMessage!.RequestUri}: {answer.Content.Headers.ContentType}");
            Assert.Contains("\"title\"", await answer.Content.ReadAsStringAsync());
        }

        var missing = await api.GetAsync("/api/v1/activities/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("不在您的管理范围内", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_broken_form_body_to_a_page_answers_400_with_the_chinese_page()
    {
        var browser = await App.SignedInAsync("wsz-school");
        var truncated = new ByteArrayContent("--b\r\nContent-Disposition: form-data; name=\"_handler\"\r\n\r\nactivity-cre"u8.ToArray());
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        var response = await browser.PostAsync("/activities/new", truncated);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求无法完成", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{\"sections\":[{\"items\":null}]}")]
    [InlineData("{\"sections\":[null],\"roster\":[],\"warnings\":[]}")]
    [InlineData("many")]
    public async Task A_tampered_plan_draft_sends_the_officer_back_to_the_import_page(string draft)
    {
        var officer = await App.SignedInAsync("zhenglu");
        if (draft == "many")
        {
            draft = "{\"sections\":[" + string.Join(",", Enumerable.Repeat("{\"number\":\"\",\"heading\":\"\",\"text\":\"\",\"items\":[]}", 20_000)) + "],\"roster\":[],\"warnings\":[]}";
        }

        var page = await officer.GetStringAsync("/plans/import");
        using var parse = new MultipartFormDataContent
        {
            { new StringContent("plan-parse"), "_handler" },
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent("一、加强组织建设\n1．年内出刊一本。"), "text" },
        };
        var parsed = await (await officer.PostAsync("/plans/import", parse)).Content.ReadAsStringAsync();
        var plans = await App.WithDbAsync(db => db.WorkPlans.CountAsync());
        var fields = HtmlForm.Fields(parsed, "plan-edit").With("Edit.Op", "save").With("Edit.Draft", draft);

        var response = await officer.PostAsync("/plans/import", new FormUrlEncodedContent(fields));

        // The import page again, saying why: not a silent empty form.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("页面已过期，请重新导入。", html);
        Assert.Contains("plan-parse", html);
        Assert.Equal(plans, await App.WithDbAsync(db => db.WorkPlans.CountAsync()));
    }

    [Theory]
    [InlineData("\\evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task Elder_mode_never_returns_to_another_site(string returnUrl)
    {
        var browser = await App.SignedInAsync("wsz-reporter");
        var home = await browser.GetStringAsync("/");
        var response = await browser.PostAsync("/account/elder-mode", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HttpSession.AntiforgeryToken(home),
            ["returnUrl"] = returnUrl,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/admin/audit?to=9999-12-31")]
    [InlineData("/admin/audit?from=0001-01-01&to=9999-12-31")]
    [InlineData("/admin/audit/export?to=9999-12-31&purpose=其他&purposeNote=安全检查")]
    public async Task The_audit_log_takes_any_date_range(string url)
    {
        var admin = await App.SignedInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Names_and_file_names_lose_their_invisible_characters()
    {
        var api = await App.ApiClientAsync("wsz-school");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var response = await PostActivityAsync(api, "护\u200B苗\u0000行动\u202E" + suffix, ("photo\u202Egpj.exe", ActivityForms.Jpeg(40, 30)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var dto = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("护苗行动" + suffix, dto.GetProperty("title").GetString());
        // It is listed under what it really is: a JPEG, not a program.
        Assert.Equal("photogpj.exe.jpg", dto.GetProperty("files")[0].GetProperty("fileName").GetString());
        Assert.True(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == "护苗行动" + suffix)));

        // A page form is cleaned the same way, by the one form reader every post passes.
        var officer = await App.SignedInAsync("wushenzhao");
        var school = await App.UnitAsync("乌审召小学");
        var fields = HtmlForm.Fields(await officer.GetStringAsync($"/units/{school.Id}/edit"), "unit-edit")
            .With("Input.Level", school.Level.ToString()).With("Input.Kind", school.Kind.ToString()).With("Input.Address", "乌审召\u202E镇" + suffix);
        var saved = await officer.PostAsync($"/units/{school.Id}/edit", new FormUrlEncodedContent(fields));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, string.Join(" ", System.Text.RegularExpressions.Regex.Matches(await saved.HtmlAsync(), "validation-message\">([^<]*)").Select(m => m.Groups[1].Value)));
        var address = await App.WithDbAsync(db => db.Units.Where(u => u.Id == school.Id).Select(u => u.Address).SingleAsync());
        Assert.Equal("乌审召镇" + suffix, address);
    }

    [Fact]
    public async Task A_volunteer_or_correspondent_account_sees_only_its_own_service_and_no_photos()
    {
        var officer = await App.ApiClientAsync("wushenzhao");
        var (hao, bator) = await App.WithDbAsync(async db => (
            await db.Volunteers.Where(v => v.Name == "郝和平").Select(v => v.Id).SingleAsync(),
            await db.Volunteers.Where(v => v.Name == "巴图孟和").Select(v => v.Id).FirstAsync()));
        var town = await App.UnitAsync("乌审召镇关工委");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new
            {
                title = "五老宣讲" + Guid.NewGuid().ToString("N")[..6], category = "防溺水", status = "Completed", date = "2023-06-01",
                unitId = town.Id.ToString(), youthReached = "30", served = new[] { new { volunteerId = hao, hours = "2" }, new { volunteerId = bator, hours = "3" } },
            })), "activity" },
            { new ByteArrayContent(ActivityForms.Jpeg(60, 40)), "photos", "kids.jpg" },
        };
        var created = await officer.PostAsync("/api/v1/activities", form);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = dto.GetProperty("id").GetInt64();
        var fileId = dto.GetProperty("files")[0].GetProperty("id").GetInt64();
        Assert.Equal(2, dto.GetProperty("served").GetArrayLength());

        var elder = await (await App.ApiClientAsync("wsz-elder")).GetFromJsonAsync<JsonElement>($"/api/v1/activities/{id}");
        Assert.Equal(hao, Assert.Single(elder.GetProperty("served").EnumerateArray()).GetProperty("volunteerId").GetInt64());
        Assert.Equal(0, elder.GetProperty("files").GetArrayLength());

        var reporter = await (await App.ApiClientAsync("wsz-reporter")).GetFromJsonAsync<JsonElement>($"/api/v1/activities/{id}");
        Assert.Equal(0, reporter.GetProperty("served").GetArrayLength());

        var elderBrowser = await App.SignedInAsync("wsz-elder");
        Assert.Equal(HttpStatusCode.Forbidden, (await elderBrowser.GetAsync($"/activities/files/{fileId}")).StatusCode);
        var page = await elderBrowser.GetStringAsync($"/activities/{id}");
        Assert.DoesNotContain("巴图孟和", page);
        Assert.DoesNotContain("kids.jpg", page);
    }

    [Fact]
    public async Task Downloads_api_reads_and_records_about_children_are_audited_and_sign_in_is_no_change()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var created = await PostActivityAsync(await App.ApiClientAsync("wushenzhao"), "审计测试" + Guid.NewGuid().ToString("N")[..6], ("kids.jpg", ActivityForms.Jpeg(60, 40)));
        var dto = await created.Content.ReadFromJsonAsync<JsonElement>();
        var activity = new { Id = dto.GetProperty("files")[0].GetProperty("id").GetInt64(), ActivityId = dto.GetProperty("id").GetInt64() };
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/activities/files/{activity.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/activities/{activity.ActivityId}")).StatusCode);
        var api = await App.ApiClientAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/volunteers")).StatusCode);

        var lines = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "wushenzhao").ToListAsync());
        Assert.Contains(lines, a => a.Action == AuditActions.Download && a.Changes!.Contains($"/activities/files/{activity.Id}"));
        Assert.Contains(lines, a => a.Action == AuditActions.View && a.Entity == "Activity" && a.EntityId == activity.ActivityId.ToString());
        Assert.Contains(lines, a => a.Action == AuditActions.View && a.Changes == "/api/v1/volunteers");
        Assert.DoesNotContain(lines, a => a.Entity == "AppUser" && a.Action == AuditActions.Update);
    }

    [Fact]
    public async Task Probing_ids_outside_the_scope_writes_one_line_per_kind_not_one_per_request()
    {
        var school = await App.SignedInAsync("wsz-school");
        var zhenglu = (await App.UnitAsync("郑陆镇关工委")).Path;
        var foreign = await App.WithDbAsync(db => db.Volunteers.Where(v => v.UnitPath.StartsWith(zhenglu)).Select(v => v.Id).Take(20).ToListAsync());
        Assert.True(foreign.Count >= 5);
        var before = await DenialsAsync();
        foreach (var id in foreign)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"/volunteers/{id}")).StatusCode);
        }

        Assert.InRange(await DenialsAsync() - before, 0, 1);

        Task<int> DenialsAsync() => App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.AccessDenied && a.UserName == "wsz-school" && a.Entity == "Volunteer"));
    }

    [Fact]
    public async Task Every_answer_carries_a_content_security_policy()
    {
        var response = await App.Browser().GetAsync("/login");
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Pages_are_compressed_for_the_site_itself_and_never_for_a_request_another_site_started()
    {
        var recorder = await App.SignedInAsync("wsz-school");

        // The browser marks who started a request (Sec-Fetch-Site); no page can forge it. Compressing only
        // this site's own requests leaves an attacker's page nothing whose size it could learn from (BREACH).
        async Task<HttpResponseMessage> OpenFormAsync(string? startedBy)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/activities/new");
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            if (startedBy is not null)
            {
                request.Headers.Add("Sec-Fetch-Site", startedBy);
            }

            return await recorder.SendAsync(request);
        }

        var own = await OpenFormAsync("same-origin");
        Assert.Equal("br", Assert.Single(own.Content.Headers.ContentEncoding));
        var packed = await own.Content.ReadAsByteArrayAsync();
        await using (var brotli = new System.IO.Compression.BrotliStream(new MemoryStream(packed), System.IO.Compression.CompressionMode.Decompress))
        {
            var html = await new StreamReader(brotli).ReadToEndAsync();
            Assert.Contains("name=\"Input.SubmissionKey\"", html);
            Assert.True(packed.Length * 3 < Encoding.UTF8.GetByteCount(html), $"{packed.Length} bytes compressed from {Encoding.UTF8.GetByteCount(html)}");
        }

        Assert.Equal("br", Assert.Single((await OpenFormAsync("none")).Content.Headers.ContentEncoding));
        Assert.Empty((await OpenFormAsync("cross-site")).Content.Headers.ContentEncoding);
        Assert.Empty((await OpenFormAsync("same-site")).Content.Headers.ContentEncoding);
        Assert.Empty((await OpenFormAsync(null)).Content.Headers.ContentEncoding);
    }

    private async Task<HttpResponseMessage> PostActivityAsync(HttpClient api, string title, (string Name, byte[] Bytes) photo)
    {
        var school = await App.UnitAsync("乌审召小学");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { title, category = "防溺水", status = "Completed", date = "2023-07-01", unitId = school.Id.ToString(), youthReached = "40" })), "activity" },
            { new ByteArrayContent(photo.Bytes), "photos", photo.Name },
        };
        return await api.PostAsync("/api/v1/activities", form);
    }

    private static ByteArrayContent CloneOf(ByteArrayContent content)
    {
        var copy = new ByteArrayContent(content.ReadAsByteArrayAsync().Result);
        copy.Headers.ContentType = content.Headers.ContentType;
        return copy;
    }
}

public sealed class ProbeTestsOnSqlite(SqliteAppFixture fixture) : ProbeTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ProbeTestsOnPostgres(PostgresAppFixture fixture) : ProbeTests(fixture), IClassFixture<PostgresAppFixture>;
