using System.Net;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Enterprises;
using Guangong.Web.Features.Organization;
using Guangong.Web.Tests.Infrastructure;
using Guangong.Web.Tests.Safety;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Enterprises;

/// <summary>
/// Care records of a 民企关工委 for young employees and their children: the company's own unit and the
/// town officer read and write them; the district sees counts; a sibling company sees nothing. SQLite.
/// </summary>
public sealed class EmployeeCareTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_company_records_care_and_the_town_officer_reads_it_while_the_district_sees_counts_only()
    {
        var company = await CompanyAsync();
        var client = await App.SignedInAsync(await App.UserAsync(company.Id, RoleNames.Recorder), CareStations.Password);
        var name = ChineseName.Unique("周", 2);
        var created = await client.PostFormAsync($"/enterprises/{company.Id}/care", "employee-care-add", new Dictionary<string, string>
        {
            ["Input.EmployeeName"] = name,
            ["Input.AgeBand"] = nameof(CareAgeBand.Junior),
            ["Input.HelpedOn"] = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Difficulty"] = "单亲，孩子初二成绩下滑",
            ["Input.Help"] = "五老结对辅导",
            ["Input.Amount"] = "300",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var own = WebUtility.HtmlDecode(await client.GetStringAsync($"/enterprises/{company.Id}/care"));
        Assert.Contains(name, own);
        Assert.Contains("子女初中", own);

        var town = WebUtility.HtmlDecode(await (await App.SignedInAsync("zhenglu")).GetStringAsync($"/enterprises/{company.Id}/care"));
        Assert.Contains(name, town);
        Assert.Contains("五老结对辅导", town);

        // The district: a 404 for the records, the count and the amount in the list, no name anywhere.
        foreach (var user in new[] { "tianning", "tianning-gw" })
        {
            var district = await App.SignedInAsync(user);
            Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/enterprises/{company.Id}/care")).StatusCode);
            var list = WebUtility.HtmlDecode(await district.GetStringAsync("/enterprises"));
            Assert.Matches($@"care-{company.Id}""[^>]*>\s*<span>1条，300元", list);
            Assert.DoesNotContain(name, list);
        }

        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(EmployeeCare) && a.Action == AuditActions.AccessDenied && a.UserName == "tianning-gw")));
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(EmployeeCare) && a.Action == AuditActions.View && a.UserName == "zhenglu")));

        // The company's list was opened, not a record: the entries carry no number a reader would take for one.
        Assert.False(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(EmployeeCare) && (a.Action == AuditActions.View || a.Action == AuditActions.AccessDenied) && a.EntityId != null)));

        // The creation is audited, without the name or the difficulty.
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(EmployeeCare) && a.Action == AuditActions.Create)));
        Assert.False(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Changes != null && (a.Changes.Contains(name) || a.Changes.Contains("成绩下滑")))));
    }

    [Fact]
    public async Task A_sibling_company_and_an_unknown_id_answer_404_for_reading_and_writing()
    {
        var company = await CompanyAsync();
        var sibling = await CompanyAsync();
        var siblingUser = await App.SignedInAsync(await App.UserAsync(sibling.Id, RoleNames.Recorder), CareStations.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await siblingUser.GetAsync($"/enterprises/{company.Id}/care")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await siblingUser.GetAsync("/enterprises/987654321/care")).StatusCode);

        // A write aimed at the company from the sibling's session (its own page gives the token) saves nothing.
        var posted = await siblingUser.PostFormAsync($"/enterprises/{sibling.Id}/care", "employee-care-add", new Dictionary<string, string>
        {
            ["Input.EmployeeName"] = "王强", ["Input.AgeBand"] = nameof(CareAgeBand.Employee), ["Input.HelpedOn"] = "2024-05-01",
            ["Input.Difficulty"] = "困难", ["Input.Help"] = "帮扶",
        }, postUrl: $"/enterprises/{company.Id}/care");
        // As for every form posted at another unit's record: back to the address, which answers 404.
        Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await siblingUser.GetAsync(posted.Headers.Location)).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.EmployeeCares.AnyAsync(c => c.UnitId == company.Id)));

        // The town itself is not a company: its id is no care page either.
        var townId = (await App.UnitAsync("郑陆镇关工委")).Id;
        Assert.Equal(HttpStatusCode.NotFound, (await (await App.SignedInAsync("zhenglu")).GetAsync($"/enterprises/{townId}/care")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_beside_its_field_and_nothing_is_saved()
    {
        var company = await CompanyAsync();
        var client = await App.SignedInAsync(await App.UserAsync(company.Id, RoleNames.Recorder), CareStations.Password);
        var bad = await client.PostFormAsync($"/enterprises/{company.Id}/care", "employee-care-add", new Dictionary<string, string>
        {
            ["Input.EmployeeName"] = "320123198001011234",
            ["Input.AgeBand"] = "9",
            ["Input.HelpedOn"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Difficulty"] = "",
            ["Input.Help"] = "慰问",
            ["Input.Amount"] = "-50",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("职工姓名应为20字以内的姓名", html);
        Assert.Contains("请选择帮扶对象", html);
        Assert.Contains("帮扶日期不能晚于今天", html);
        Assert.Contains("请填写困难情况", html);
        Assert.Contains("金额不能为负数", html);
        Assert.Matches(@"id=""ec-amount""[^>]*>\s*<div class=""validation-message"">金额不能为负数", html);

        var words = await client.PostFormAsync($"/enterprises/{company.Id}/care", "employee-care-add", new Dictionary<string, string>
        {
            ["Input.EmployeeName"] = "王强", ["Input.AgeBand"] = nameof(CareAgeBand.Employee), ["Input.HelpedOn"] = "2024-05-01",
            ["Input.Difficulty"] = "困难", ["Input.Help"] = "帮扶", ["Input.Amount"] = "五百",
        });
        Assert.Contains("金额应为数字", WebUtility.HtmlDecode(await words.Content.ReadAsStringAsync()));
        Assert.False(await App.WithDbAsync(db => db.EmployeeCares.AnyAsync(c => c.UnitId == company.Id)));
    }

    private async Task<Unit> CompanyAsync()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        return await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"测试企业{Guid.NewGuid():N}"[..12] + "关工委", UnitLevel.Village, UnitKind.Enterprise)));
    }
}
