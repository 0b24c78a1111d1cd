using System.Net;
using Guangong.Web.Features.Audit;
using Guangong.Web.Infrastructure.Exports;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Guangong.Web.Tests.Security;

/// <summary>A spreadsheet of personal data leaves only for a stated purpose, and says who took it, when and why.</summary>
public sealed class PersonalDataExportTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Theory]
    [InlineData("/volunteers/export?category=老战士")]
    [InlineData("/volunteers/care/export?days=30")]
    [InlineData("/activities/hours/export?year=2023")]
    [InlineData("/training/hours/export?year=2023")]
    [InlineData("/committees/export")]
    [InlineData("/correspondents/export")]
    public async Task A_download_without_a_purpose_is_sent_to_the_purpose_page_with_its_filters_kept(string export)
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var response = await officer.GetAsync(export);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = response.Headers.Location!.OriginalString;
        Assert.StartsWith(PersonalDataExport.PurposePage + "?next=", page, StringComparison.Ordinal);
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync(page));
        Assert.Contains("导出含个人信息的表格", html);
        Assert.Contains($"action=\"{export.Split('?')[0]}\"", html);
        foreach (var purpose in ExportPurpose.Common)
        {
            Assert.Contains($"value=\"{purpose}\"", html);
        }

        if (export.Contains('?', StringComparison.Ordinal))
        {
            var (name, value) = (export.Split('?')[1].Split('=')[0], export.Split('=')[1]);
            Assert.Contains($"name=\"{name}\" value=\"{value}\"", html);
        }
    }

    [Fact]
    public async Task The_visits_due_carry_the_last_visit_as_a_date_cell_and_never_visited_in_words()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var visited = new DateOnly(2025, 2, 3);
        var name = await App.WithDbAsync(async db =>
        {
            var v = new Guangong.Web.Features.People.Volunteer { UnitId = town.Id, UnitPath = town.Path, Name = "待访" + Guid.NewGuid().ToString("N")[..4], BirthYear = 1950, StatusDate = new DateOnly(2023, 1, 1) };
            db.Volunteers.Add(v);
            await db.SaveChangesAsync();
            db.VolunteerVisits.Add(new Guangong.Web.Features.People.VolunteerVisit { VolunteerId = v.Id, UnitId = town.Id, UnitPath = town.Path, Date = visited, VisitedBy = "测试", Health = "良好" });
            await db.SaveChangesAsync();
            return v.Name;
        });

        var officer = await App.SignedInAsync("wushenzhao");
        using var stream = new MemoryStream(await officer.GetByteArrayAsync("/volunteers/care/export?days=30&purpose=" + Uri.EscapeDataString("走访慰问")));
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "待走访五老").Cast<IDictionary<string, object?>>().ToList();
        // An object-typed cell was written as the date's invariant text ("2/3/2025").
        Assert.Equal(visited.ToDateTime(TimeOnly.MinValue), Assert.Single(rows, r => Equals(r["姓名"], name))["上次走访"]);
        Assert.Contains(rows, r => Equals(r["上次走访"], "从未走访"));
    }

    [Fact]
    public async Task The_file_names_who_exported_it_when_and_why_and_the_audit_trail_keeps_the_purpose()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var response = await officer.GetAsync("/volunteers/export?category=老战士&purpose=" + Uri.EscapeDataString("其他") + "&purposeNote=" + Uri.EscapeDataString("重阳节慰问名单"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["五老名册", "填写说明", "可选值", ExcelExport.StampSheet], MiniExcel.GetSheetNames(stream));
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "五老名册").Cast<IDictionary<string, object?>>().ToList();
        Assert.All(rows, r => Assert.Equal("老战士", r["五老类别"]));
        var stamp = MiniExcel.Query(stream, useHeaderRow: true, sheetName: ExcelExport.StampSheet).Cast<IDictionary<string, object?>>()
            .ToDictionary(r => (string)r["项目"]!, r => (string)r["内容"]!);
        Assert.Equal("道格通毕力格（wushenzhao）", stamp["导出人"]);
        Assert.Equal("乌审召镇关工委", stamp["所在单位"]);
        Assert.Equal("其他：重阳节慰问名单", stamp["用途"]);
        Assert.Matches(@"^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$", stamp["导出时间"]);
        Assert.Equal(rows.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), stamp["行数"]);

        var audited = await App.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditActions.Export && a.UserName == "wushenzhao")
            .OrderByDescending(a => a.Id).Select(a => a.Changes).FirstAsync());
        Assert.Contains("用途：其他：重阳节慰问名单", audited);
    }

    [Theory]
    [InlineData("purpose=", "请选择导出用途。")]
    [InlineData("purpose=其他", "选择“其他”时请写明用途。")]
    [InlineData("purpose=随便看看", "请从列表中选择导出用途。")]
    public async Task A_purpose_that_does_not_read_comes_back_to_the_page_with_its_message_and_no_file(string query, string message)
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var response = await officer.GetAsync("/activities/hours/export?year=2023&" + query);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains(message, html);
        Assert.Contains("name=\"year\" value=\"2023\"", html);
    }

    [Fact]
    public async Task The_purpose_page_shows_no_text_from_the_link_and_no_address_outside_the_platform()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var planted = WebUtility.HtmlDecode(await officer.GetStringAsync(PersonalDataExport.PurposePage + "?next=/volunteers/export&error=" + Uri.EscapeDataString("请拨打电话")));
        Assert.DoesNotContain("请拨打电话", planted);

        var away = WebUtility.HtmlDecode(await officer.GetStringAsync(PersonalDataExport.PurposePage + "?next=" + Uri.EscapeDataString("//evil.example/export")));
        Assert.DoesNotContain("action=\"//evil.example", away);
        Assert.DoesNotContain("<form method=\"get\"", away);
        Assert.Contains("这个导出链接不完整", away);
    }

    [Fact]
    public async Task A_volunteers_whole_record_exports_for_the_copy_they_ask_for_and_only_within_the_scope()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var (id, name) = await App.WithDbAsync(db => db.Volunteers
            .Where(v => v.UnitPath.StartsWith("/") && db.ServiceHourEntries.Any(e => e.VolunteerId == v.Id) && v.Unit!.Name.StartsWith("乌审召"))
            .Select(v => new ValueTuple<long, string>(v.Id, v.Name)).FirstAsync());
        var detail = WebUtility.HtmlDecode(await officer.GetStringAsync($"/volunteers/{id}"));
        Assert.Contains($"href=\"/exports/purpose?next=%2Fvolunteers%2F{id}%2Fexport\"", detail);

        var response = await officer.GetAsync($"/volunteers/{id}/export?purpose=" + Uri.EscapeDataString("其他") + "&purposeNote=" + Uri.EscapeDataString("本人申请查阅"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["基本信息", "状态变化", "走访记录", "学习培训", "服务时长", ExcelExport.StampSheet], MiniExcel.GetSheetNames(stream));
        var profile = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "基本信息").Cast<IDictionary<string, object?>>().ToDictionary(r => (string)r["项目"]!, r => r["内容"]);
        Assert.Equal(name, profile["姓名"]);
        Assert.All(MiniExcel.Query(stream, useHeaderRow: true, sheetName: "服务时长").Cast<IDictionary<string, object?>>(), r => Assert.IsType<DateTime>(r["日期"]));
        Assert.NotEmpty(MiniExcel.Query(stream, useHeaderRow: true, sheetName: "服务时长"));

        var other = await App.SignedInAsync("zhenglu");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/volunteers/{id}/export?purpose=名册核对")).StatusCode);
        // Not asked why first, to be told afterwards that there is no such person.
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/volunteers/{id}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/volunteers/999999999/export")).StatusCode);
        var reporter = await App.SignedInAsync("wsz-reporter");
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.GetAsync($"/volunteers/{id}/export?purpose=名册核对")).StatusCode);
    }

    [Fact]
    public async Task Lists_lead_their_export_button_to_the_purpose_page()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var html = WebUtility.HtmlDecode(await officer.GetStringAsync("/volunteers?category=老战士"));
        Assert.Contains("href=\"/exports/purpose?next=%2Fvolunteers%2Fexport%3Fcategory%3D", html);

        // A list without personal data downloads at once.
        var units = WebUtility.HtmlDecode(await officer.GetStringAsync("/units"));
        Assert.Contains("href=\"/units/export", units);
    }
}
