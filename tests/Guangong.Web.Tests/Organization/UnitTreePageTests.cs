using System.Net;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Infrastructure.Time;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Organization;

/// <summary>
/// The units page of a large tree (a province's 24,000 units made a 3.7 MB page): it lists the levels from the top while
/// they fit, and a unit at the last level listed opens its own subtree. Made on an app of its own: 320 villages are
/// added to one district, which would change the other tests' counts.
/// </summary>
public sealed class UnitTreePageTests
{
    [Fact]
    public async Task A_large_tree_lists_its_upper_levels_and_each_unit_there_opens_its_own_subtree()
    {
        await using var app = await DemoTemplate.SqliteAppAsync();
        var district = await app.UnitAsync("天宁区关工委");
        var town = await app.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft("大树镇关工委", UnitLevel.Town, UnitKind.Committee)));
        // Added in one save (each through the tree's command took most of a minute): ids chosen, paths made from them.
        await app.WithDbAsync(db =>
        {
            db.Units.AddRange(Enumerable.Range(1, FilterUnits.MostShown + 20).Select(n => new Unit
            {
                Id = 900_000 + n, ParentId = town.Id, Name = $"大树第{n}村关工小组", Level = UnitLevel.Village, Kind = UnitKind.Committee,
                Path = $"{town.Path}{900_000 + n}/", Depth = town.Depth + 1, SortOrder = n,
            }));
            return db.SaveChangesAsync();
        });

        var viewer = await app.SignedInAsync("tianning");
        var page = WebUtility.HtmlDecode(await viewer.GetStringAsync("/units"));
        Assert.Contains("data-testid=\"unit-tree-trimmed\"", page, StringComparison.Ordinal);
        var top = Tree(page);
        Assert.Contains("大树镇关工委", top, StringComparison.Ordinal);
        Assert.Contains("郑陆镇关工委", top, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第7村关工小组", top, StringComparison.Ordinal);
        Assert.Contains($"href=\"/units?under={town.Id}\" title=\"展开下级单位\">下级 320 ›", top, StringComparison.Ordinal);
        // The district counts every unit below it, the ones not listed too (counted in the database, not read).
        var total = int.Parse(System.Text.RegularExpressions.Regex.Match(page, "共 (\\d+) 个单位").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"下级 {total - 1}<", top, StringComparison.Ordinal);

        var below = Tree(WebUtility.HtmlDecode(await viewer.GetStringAsync($"/units?under={town.Id}")));
        Assert.Contains("大树第7村关工小组", below, StringComparison.Ordinal);
        Assert.Contains("大树第320村关工小组", below, StringComparison.Ordinal);
        Assert.DoesNotContain("郑陆镇关工委", below, StringComparison.Ordinal);
        Assert.Equal(FilterUnits.MostShown + 21, below.Split("<li").Length - 1);

        // A town's own tree is small and shown whole, as before.
        var officer = await app.SignedInAsync("zhenglu");
        var whole = WebUtility.HtmlDecode(await officer.GetStringAsync("/units"));
        Assert.DoesNotContain("unit-tree-trimmed", whole, StringComparison.Ordinal);
        Assert.Contains("焦溪村", Tree(whole), StringComparison.Ordinal);

        // The parent pickers offer the upper levels too, and the parent chosen from a unit's page.
        var admin = await app.SignedInAsync("admin");
        var create = WebUtility.HtmlDecode(await admin.GetStringAsync("/units/new"));
        Assert.Contains("单位较多", create, StringComparison.Ordinal);
        Assert.Contains("大树镇关工委</option>", create, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第7村关工小组", create, StringComparison.Ordinal);
        var underVillage = WebUtility.HtmlDecode(await admin.GetStringAsync("/units/new?parentId=900007"));
        Assert.Contains("value=\"900007\" selected", underVillage, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第8村关工小组", underVillage, StringComparison.Ordinal);
        var edit = WebUtility.HtmlDecode(await admin.GetStringAsync("/units/900008/edit"));
        Assert.Contains("单位较多", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第9村关工小组", edit, StringComparison.Ordinal);

        // So do an account's: a new account lists the upper levels, one at a village keeps it chosen.
        var account = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/users/new"));
        Assert.Contains("单位较多", account, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第7村关工小组", account, StringComparison.Ordinal);
        var villager = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "zl-jiaoxi");
            (user.HomeUnitId, user.UnitPath) = (900_007, $"{town.Path}900007/");
            await db.SaveChangesAsync();
            return user.Id;
        });
        var accountEdit = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/users/{villager}"));
        Assert.Contains("value=\"900007\" selected", accountEdit, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第8村关工小组", accountEdit, StringComparison.Ordinal);

        // The roster's forms cut their unit picker in the database too, and still save a unit it leaves out (named by id).
        var districtOfficer = await app.SignedInAsync("tianning-gw");
        await RosterFormsTakeUnitsTheyDoNotListAsync(app, districtOfficer, town);

        // The month's publicity figures name the silent units of the upper levels and count the rest, the bulletin's draft too.
        var month = ChinaTime.Today(TimeProvider.System);
        // The district's own committee sends this month: its silent units start at the towns, and the villages are still cut.
        await app.WithDbAsync(db =>
        {
            db.Articles.Add(new Guangong.Web.Features.Publicity.Article
            {
                UnitId = district.Id, UnitPath = district.Path, Title = "区关工委动态", Body = "正文。", WrittenOn = month,
                Kind = Guangong.Web.Features.Publicity.ArticleKind.Brief, Status = Guangong.Web.Features.Publicity.ArticleStatus.Submitted,
            });
            return db.SaveChangesAsync();
        });
        var scores = WebUtility.HtmlDecode(await districtOfficer.GetStringAsync($"/publicity/scores?year={month.Year}&month={month.Month}"));
        var silent = System.Text.RegularExpressions.Regex.Match(scores, "data-testid=\"nothing\">([^<]*)<").Groups[1].Value;
        Assert.Contains("大树镇关工委", silent, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第7村关工小组", silent, StringComparison.Ordinal);
        Assert.Matches("另有\\d+个下级单位本月也无报送，这里没有逐一列出", scores);
        var bulletin = WebUtility.HtmlDecode(await districtOfficer.GetStringAsync($"/publicity/bulletins/new?year={month.Year}&month={month.Month}"));
        Assert.Matches("此外，还有\\d+个下级单位本月也没有报送稿件，未逐一列出。请上述单位及未列出的下级单位按照", bulletin);
        Assert.DoesNotContain("大树第7村关工小组", bulletin, StringComparison.Ordinal);
        Assert.DoesNotContain("没有逐一列出", WebUtility.HtmlDecode(await officer.GetStringAsync($"/publicity/scores?year={month.Year}&month={month.Month}")), StringComparison.Ordinal);

        // A correspondent in each village: the month's page ranks the first hundred and counts the rest, the draft counts
        // those short of the month's task instead of naming each (its attachment ranks them all).
        await app.WithDbAsync(db =>
        {
            db.Correspondents.AddRange(Enumerable.Range(1, FilterUnits.MostShown + 20).Select(n => new Guangong.Web.Features.Committees.Correspondent
            {
                UnitId = 900_000 + n, UnitPath = $"{town.Path}{900_000 + n}/", Name = $"通讯员{n}号",
            }));
            return db.SaveChangesAsync();
        });
        var ranked = WebUtility.HtmlDecode(await districtOfficer.GetStringAsync($"/publicity/scores?year={month.Year}&month={month.Month}"));
        var people = System.Text.RegularExpressions.Regex.Match(ranked, "data-testid=\"people\".*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Equal(MonthReport.TopListed, System.Text.RegularExpressions.Regex.Matches(people, "data-label=\"通讯员\"").Count);
        Assert.Matches($"以上为积分前100名。本级及下级共有通讯员\\d+名，本月有报送的0名；其余\\d+名这里没有逐一列出。", ranked);
        var drafted = WebUtility.HtmlDecode(await districtOfficer.GetStringAsync($"/publicity/bulletins/new?year={month.Year}&month={month.Month}"));
        Assert.Matches("全部\\d+名通讯员中，未完成月度报送任务的有\\d+名，各人报送和任务完成情况见附件。", drafted);
        Assert.DoesNotContain("通讯员7号（应报", drafted, StringComparison.Ordinal);
        Assert.DoesNotContain("people-left-out", WebUtility.HtmlDecode(await officer.GetStringAsync($"/publicity/scores?year={month.Year}&month={month.Month}")), StringComparison.Ordinal);
        // The year's ranking too (last year's: a whole year, whatever today's month): the first hundred people (the units
        // ranked are those that sent something, a few here).
        var annual = WebUtility.HtmlDecode(await districtOfficer.GetStringAsync($"/publicity/annual?year={month.Year - 1}"));
        var annualPeople = System.Text.RegularExpressions.Regex.Match(annual, "data-testid=\"annual-people\".*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Equal(MonthReport.TopListed, System.Text.RegularExpressions.Regex.Matches(annualPeople, "data-label=\"通讯员\"").Count);
        Assert.Matches("以上为前100名，共\\d+名通讯员。", annual);
        // Its award form offers the listed ones, and finds the others by name.
        var offered = System.Text.RegularExpressions.Regex.Matches(annual, "<option value=\"c-\\d+\"[^>]*>([^<·]*) ·").Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Equal(MonthReport.TopListed, offered.Count);
        Assert.Contains("其他的请先输入名称查找", annual, StringComparison.Ordinal);
        var other = Enumerable.Range(1, FilterUnits.MostShown + 20).Select(n => $"通讯员{n}号").First(n => !offered.Contains(n));
        var found = WebUtility.HtmlDecode(await districtOfficer.GetStringAsync($"/publicity/annual?year={month.Year - 1}&find={Uri.EscapeDataString(other)}"));
        Assert.Matches($"<option value=\"c-\\d+\"[^>]*>{other} ·", found);
        Assert.Contains($"已在“对象”中加上名称含“{other}”的", found, StringComparison.Ordinal);
        Assert.DoesNotContain("left-out", WebUtility.HtmlDecode(await officer.GetStringAsync($"/publicity/annual?year={month.Year - 1}")), StringComparison.Ordinal);

        // An article from each village this month: the month's units are ranked and cut as its correspondents.
        await app.WithDbAsync(db =>
        {
            db.Articles.AddRange(Enumerable.Range(1, FilterUnits.MostShown + 20).Select(n => new Guangong.Web.Features.Publicity.Article
            {
                UnitId = 900_000 + n, UnitPath = $"{town.Path}{900_000 + n}/", Title = $"第{n}村动态", Body = "正文。", WrittenOn = month,
                Kind = Guangong.Web.Features.Publicity.ArticleKind.Brief, Status = Guangong.Web.Features.Publicity.ArticleStatus.Submitted,
            }));
            return db.SaveChangesAsync();
        });
        var sending = WebUtility.HtmlDecode(await districtOfficer.GetStringAsync($"/publicity/scores?year={month.Year}&month={month.Month}"));
        var unitRows = System.Text.RegularExpressions.Regex.Match(sending, "data-testid=\"units\".*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.Equal(MonthReport.TopListed, System.Text.RegularExpressions.Regex.Matches(unitRows, "data-label=\"单位\"").Count);
        Assert.Matches($"以上为积分前100个单位。本月有报送或被采用的单位共{FilterUnits.MostShown + 21}个，其余{FilterUnits.MostShown - 79}个这里没有逐一列出。", sending);
        Assert.DoesNotContain("units-left-out", WebUtility.HtmlDecode(await officer.GetStringAsync($"/publicity/scores?year={month.Year}&month={month.Month}")), StringComparison.Ordinal);
        // The draft 通报 names the best fifty of them and counts the rest (it was one paragraph naming each).
        var unitsDrafted = WebUtility.HtmlDecode(await districtOfficer.GetStringAsync($"/publicity/bulletins/new?year={month.Year}&month={month.Month}"));
        Assert.Contains($"本月共有{FilterUnits.MostShown + 21}个单位报送稿件或有稿件被采用，积分居前50位的是：", unitsDrafted, StringComparison.Ordinal);
        Assert.Contains($"。其余{FilterUnits.MostShown - 29}个单位的报送和采用情况不再逐一列出。", unitsDrafted, StringComparison.Ordinal);

        // A new notice's checklist has a bound of its own: a district's villages are still picked one by one.
        var notice = WebUtility.HtmlDecode(await districtOfficer.GetStringAsync("/notices/new"));
        Assert.DoesNotContain("下级单位较多", notice, StringComparison.Ordinal);
        Assert.Contains("大树第7村关工小组</label>", notice, StringComparison.Ordinal);
        var townNotice = WebUtility.HtmlDecode(await officer.GetStringAsync("/notices/new"));
        Assert.DoesNotContain("下级单位较多", townNotice, StringComparison.Ordinal);
        Assert.Contains("焦溪村关工委</label>", townNotice, StringComparison.Ordinal);

        // Another unit's subtree, or no unit at all, is not found.
        var foreign = await app.UnitAsync("乌审召镇关工委");
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/units?under={foreign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/units?under=abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/units?under={town.Id}")).StatusCode);

        // Past its bound (a province's 25,000 units) the checklist lists the upper levels, saying how to reach the rest.
        await app.WithDbAsync(db =>
        {
            db.Units.AddRange(Enumerable.Range(FilterUnits.MostShown + 21, 1_700).Select(n => new Unit
            {
                Id = 900_000 + n, ParentId = town.Id, Name = $"大树第{n}村关工小组", Level = UnitLevel.Village, Kind = UnitKind.Committee,
                Path = $"{town.Path}{900_000 + n}/", Depth = town.Depth + 1, SortOrder = n,
            }));
            return db.SaveChangesAsync();
        });
        var cut = WebUtility.HtmlDecode(await districtOfficer.GetStringAsync("/notices/new"));
        Assert.Contains("下级单位较多，这里只列出上面几级", cut, StringComparison.Ordinal);
        Assert.Contains("大树镇关工委</label>", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第7村关工小组", cut, StringComparison.Ordinal);
    }

    /// <summary>
    /// A volunteer's and a training's forms list the upper levels with the note (they read every unit of the scope with its
    /// label, a province's 24,000), keep the unit a record names, and save a village they do not list, refusing one outside
    /// the scope or unknown.
    /// </summary>
    private static async Task RosterFormsTakeUnitsTheyDoNotListAsync(GuangongApp app, HttpClient officer, Unit town)
    {
        var create = WebUtility.HtmlDecode(await officer.GetStringAsync("/volunteers/new"));
        Assert.Contains("单位较多，这里只列出上面几级", create, StringComparison.Ordinal);
        Assert.Contains("大树镇关工委</option>", create, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第7村关工小组", create, StringComparison.Ordinal);

        var name = "树村" + ChineseName.From(Guid.NewGuid().ToString("N")[..3]);
        Dictionary<string, string> Volunteer(long unitId) => new()
        {
            ["Input.Name"] = name, ["Input.Gender"] = "Male", ["Input.BirthYear"] = "1956", ["Input.Phone"] = "13900002222",
            ["Input.UnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Status"] = "Active",
        };
        var foreign = await app.UnitAsync("乌审召镇关工委");
        foreach (var refused in new[] { foreign.Id, 987_654_321 })
        {
            var page = WebUtility.HtmlDecode(await (await officer.PostFormAsync("/volunteers/new", "volunteer-create", Volunteer(refused))).Content.ReadAsStringAsync());
            Assert.Contains("所在单位不存在或不在您的管理范围内。", page, StringComparison.Ordinal);
            Assert.DoesNotContain(foreign.Name, page, StringComparison.Ordinal);
        }

        // A form sent back for another field keeps the village it named chosen, though the list leaves villages out.
        var kept = Volunteer(900_007);
        kept["Input.BirthYear"] = "1850";
        var back = WebUtility.HtmlDecode(await (await officer.PostFormAsync("/volunteers/new", "volunteer-create", kept)).Content.ReadAsStringAsync());
        Assert.Contains("出生年份须为", back, StringComparison.Ordinal);
        Assert.Contains("value=\"900007\" selected", back, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/volunteers/new", "volunteer-create", Volunteer(900_007))).StatusCode);
        var saved = await app.WithDbAsync(db => db.Volunteers.AsNoTracking().SingleAsync(v => v.Name == name));
        Assert.Equal((900_007L, $"{town.Path}900007/"), (saved.UnitId, saved.UnitPath));
        var edit = WebUtility.HtmlDecode(await officer.GetStringAsync($"/volunteers/{saved.Id}/edit"));
        Assert.Contains("value=\"900007\" selected", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第8村关工小组", edit, StringComparison.Ordinal);

        // Their village stopped since, their phone is still corrected without moving them first.
        await app.WithDbAsync(db => db.Units.Where(u => u.Id == 900_007).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false)));
        Assert.Contains("大树第7村关工小组（已停用）</option>", WebUtility.HtmlDecode(await officer.GetStringAsync($"/volunteers/{saved.Id}/edit")), StringComparison.Ordinal);
        var corrected = Volunteer(900_007);
        (corrected["Input.Phone"], corrected["Input.Version"]) = ("13900003333", saved.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/volunteers/{saved.Id}/edit", "volunteer-edit", corrected)).StatusCode);
        Assert.Equal((900_007L, "13900003333"), await app.WithDbAsync(db => db.Volunteers.AsNoTracking().Where(v => v.Id == saved.Id).Select(v => ValueTuple.Create(v.UnitId, v.Phone)).SingleAsync()));
        var stoppedElsewhere = Volunteer(900_007);
        stoppedElsewhere["Input.Name"] = name + "新";
        Assert.Contains("所在单位不存在或不在您的管理范围内。", WebUtility.HtmlDecode(await (await officer.PostFormAsync("/volunteers/new", "volunteer-create", stoppedElsewhere)).Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await app.WithDbAsync(db => db.Units.Where(u => u.Id == 900_007).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, true)));

        var training = WebUtility.HtmlDecode(await officer.GetStringAsync("/training/new"));
        Assert.Contains("单位较多，这里只列出上面几级", training, StringComparison.Ordinal);
        Assert.DoesNotContain("大树第7村关工小组", training, StringComparison.Ordinal);
        var topic = "树村培训" + Guid.NewGuid().ToString("N")[..4];
        var posted = await officer.PostFormAsync("/training/new", "training-create", new Dictionary<string, string>
        {
            ["Input.Topic"] = topic, ["Input.Kind"] = "学习培训", ["Input.Date"] = "2026-11-20", ["Input.Mode"] = "线下",
            ["Input.Hours"] = "2", ["Input.UnitId"] = "900008",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var session = await app.WithDbAsync(db => db.TrainingSessions.AsNoTracking().SingleAsync(s => s.Topic == topic));
        Assert.Equal(900_008L, session.UnitId);
        Assert.Contains("value=\"900008\" selected", WebUtility.HtmlDecode(await officer.GetStringAsync($"/training/{session.Id}/edit")), StringComparison.Ordinal);
    }

    /// <summary>The page's tree alone (the header's unit switcher names units too).</summary>
    private static string Tree(string html)
    {
        var start = html.IndexOf("data-testid=\"unit-tree\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no tree on the page");
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }
}
