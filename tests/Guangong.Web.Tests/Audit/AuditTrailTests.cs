using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Organization;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Guangong.Web.Tests.Audit;

/// <summary>The audit trail and exports through real requests; run once per provider.</summary>
public abstract partial class AuditTrailTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Logins_are_audited_with_their_outcome()
    {
        var client = App.Browser();
        await client.LoginAsync("wsz-elder", "not-the-password");
        await client.LoginAsync("wsz-elder", HttpSession.DemoPassword);
        var entries = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "wsz-elder").OrderBy(a => a.Id).ToListAsync());
        Assert.Contains(entries, a => a.Action == AuditActions.LoginFailed && a.Changes == "密码错误（未提供设备信息）");
        Assert.Contains(entries, a => a.Action == AuditActions.LoginSucceeded);
        Assert.All(entries.Where(a => a.Action is AuditActions.LoginFailed or AuditActions.LoginSucceeded), a => Assert.False(string.IsNullOrEmpty(a.UnitPath)));
    }

    [Fact]
    public async Task An_edit_through_the_page_records_each_changed_field_old_and_new()
    {
        var unit = await App.UnitAsync("查汗庙嘎查关工委");
        var client = await App.SignedInAsync("wushenzhao");
        var response = await client.PostFormAsync($"/units/{unit.Id}/edit", "unit-edit", new Dictionary<string, string>
        {
            ["Input.Version"] = unit.Version.ToString(),
            ["Input.Name"] = unit.Name,
            ["Input.Level"] = nameof(UnitLevel.Village),
            ["Input.Kind"] = nameof(UnitKind.Committee),
            ["Input.ContactPerson"] = "其其格",
            ["Input.ContactPhone"] = "13912345678",
            ["Input.SortOrder"] = "5",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var audit = await App.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Entity == nameof(Unit) && a.EntityId == unit.Id.ToString() && a.Action == AuditActions.Update)
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal("wushenzhao", audit.UserName);
        var lines = AuditText.Lines(audit.Changes).ToList();
        Assert.Contains("联系人：其其格", lines);
        Assert.Contains("排序号：0 → 5", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("名称", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_form_keeps_the_first_save_and_the_second_ones_typing()
    {
        var unit = await App.UnitAsync("乌审召社区关工委");
        var first = await App.SignedInAsync("wushenzhao");
        var second = await App.SignedInAsync("admin");
        Dictionary<string, string> Form(string contact) => new()
        {
            ["Input.Version"] = unit.Version.ToString(),
            ["Input.Name"] = unit.Name,
            ["Input.Level"] = nameof(UnitLevel.Village),
            ["Input.Kind"] = nameof(UnitKind.Committee),
            ["Input.ContactPerson"] = contact,
        };

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync($"/units/{unit.Id}/edit", "unit-edit", Form("先保存的人"))).StatusCode);
        var stale = await second.PostFormAsync($"/units/{unit.Id}/edit", "unit-edit", Form("后保存的人"));
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("该记录已被他人修改", html);
        Assert.Contains("value=\"后保存的人\"", WebUtility.HtmlDecode(html)); // what the second person typed stays
        Assert.Contains("他人保存的是：“先保存的人”", WebUtility.HtmlDecode(html));
        Assert.Equal("先保存的人", (await App.UnitAsync(unit.Name)).ContactPerson);
    }

    [Fact]
    public async Task The_audit_page_searches_and_only_administrators_open_it()
    {
        var admin = await App.SignedInAsync("admin");
        var html = await admin.GetStringAsync("/admin/audit?action=" + Uri.EscapeDataString(AuditActions.LoginSucceeded));
        Assert.Contains("登录成功", html);

        // The sign-in log (登录记录 in the menu): successes, failures and lockouts together, nothing else.
        await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "zl-school", password = "Wrong#Pass2026" });
        var signIns = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/audit?action=" + Uri.EscapeDataString(AuditActions.SignIns)));
        Assert.Contains("href=\"/admin/audit?action=" + Uri.EscapeDataString(AuditActions.SignIns), await admin.GetStringAsync("/"));
        var actions = Regex.Matches(signIns, "data-label=\"操作\">([^<]+)<").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Superset(new HashSet<string> { AuditActions.LoginSucceeded, AuditActions.LoginFailed }, actions);
        Assert.Subset(AuditActions.SignInActions.ToHashSet(), actions);

        // The log names people and addresses: its download asks for a purpose first, as every personal-data export.
        var export = await admin.GetAsync("/admin/audit/export");
        Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
        Assert.StartsWith(Web.Infrastructure.Exports.PersonalDataExport.PurposePage, export.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var officer = await App.SignedInAsync("zhenglu");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/admin/audit/export")).StatusCode);
    }

    [Fact]
    public async Task The_unit_export_holds_the_filtered_rows_of_the_scope_and_is_audited()
    {
        var client = await App.SignedInAsync("zhenglu");
        var response = await client.GetAsync("/units/export?kind=School");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var names = rows.Select(r => r["单位名称"]?.ToString()).ToList();
        Assert.Contains("郑陆实验学校关工委", names);
        Assert.DoesNotContain("乌审召小学", names);
        Assert.All(rows, r => Assert.Equal("学校", r["类型"]?.ToString()));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Export && a.UserName == "zhenglu")));
    }
}

public sealed class AuditTrailTestsOnSqlite(SqliteAppFixture fixture) : AuditTrailTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AuditTrailTestsOnPostgres(PostgresAppFixture fixture) : AuditTrailTests(fixture), IClassFixture<PostgresAppFixture>;
