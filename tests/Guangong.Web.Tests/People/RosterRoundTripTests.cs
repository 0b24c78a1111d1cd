using System.Net;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Guangong.Web.Tests.People;

/// <summary>The roster export is the import template filled in: edited in Excel, it imports back as updates.</summary>
public abstract class RosterRoundTripTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task An_exported_roster_edited_in_Excel_imports_back_as_updates_keyed_by_its_number_or_by_name_and_phone()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var tag = ChineseName.From(Guid.NewGuid().ToString("N")[..4]);
        var phones = new[] { "13911110001", "13911110002", "13911110003" }.Select(p => p[..7] + Random.Shared.Next(1000, 9999)).ToArray();
        var seed = await RosterFiles.UploadAsync(officer, RosterFiles.Xlsx(
        [
            RosterFiles.Row("甲" + tag, phone: phones[0]),
            RosterFiles.Row("乙" + tag, phone: phones[1]),
            RosterFiles.Row("丙" + tag, phone: phones[2]),
        ]), "seed.xlsx");
        Assert.Contains("新增 3 人", await RosterFiles.ConfirmAsync(officer, seed, RosterFiles.TokenPattern().Match(seed).Groups[1].Value));
        var ids = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name.EndsWith(tag)).ToDictionaryAsync(v => v.Name[..1], v => v.Id));

        var export = await officer.GetAsync($"/volunteers/export?q={Uri.EscapeDataString(tag)}&purpose={Uri.EscapeDataString("年度统计上报")}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        List<IDictionary<string, object?>> rows;
        using (var stream = new MemoryStream(bytes))
        {
            rows = stream.Query(useHeaderRow: true, sheetName: "五老名册").Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(RosterFiles.Headers, rows[0].Keys);
        }

        // The officer may edit the roster, so the numbers come whole; each row carries its number.
        Assert.Equal(phones.Order(), rows.Select(r => r["联系电话"] as string).Order());
        Assert.Equal(ids.Values.Order(), rows.Select(r => Convert.ToInt64(r["编号"], System.Globalization.CultureInfo.InvariantCulture)).Order());
        // 状态日期 is a date cell (it was text, which Excel neither sorts nor filters as a date), and still imports back.
        Assert.All(rows, r => Assert.IsType<DateTime>(r["状态日期"]));

        // The file as exported changes nothing.
        var same = await RosterFiles.UploadAsync(officer, bytes, "export.xlsx");
        Assert.Contains("共 3 行：3 行可以导入（新增 0 人，更新 0 人，3 人无变化）", same);
        Assert.Contains("没有需要导入的内容", same);
        Assert.DoesNotContain("roster-confirm", same);

        IDictionary<string, object?> Row(string first) => rows.Single(r => (string)r["姓名"]! == first + tag);
        Row("甲")["队伍层级"] = "核心层";
        Row("甲")["联系电话"] = "13800001111";
        Row("乙")["状态"] = "暂停";
        Row("乙")["联系电话"] = Guangong.Web.Infrastructure.Text.PhoneMask.Mask(phones[1]); // masked as a reader's export shows it: the stored number stays
        Row("丙")["编号"] = null; // no number: found by name and phone
        Row("丙")["备注"] = "腿脚不便，活动请接送";
        var newcomer = new Dictionary<string, object?>(Row("丙")) { ["姓名"] = "丁" + tag, ["联系电话"] = "13800002222", ["备注"] = null };
        rows.Add(newcomer);
        var before = await App.WithDbAsync(db => db.Volunteers.CountAsync());

        var preview = await RosterFiles.UploadAsync(officer, RosterFiles.Xlsx(rows), "edited.xlsx");
        Assert.Contains("共 4 行：4 行可以导入（新增 1 人，更新 3 人，0 人无变化）", preview);
        Assert.Contains($"更新（编号{ids["甲"]}）：联系电话、队伍层级", preview);
        Assert.Contains($"更新（编号{ids["乙"]}）：状态", preview);
        Assert.Contains($"更新（编号{ids["丙"]}）：备注", preview);
        var done = await RosterFiles.ConfirmAsync(officer, preview, RosterFiles.TokenPattern().Match(preview).Groups[1].Value);
        Assert.Contains("新增 1 人，更新 3 人", done);

        Assert.Equal(before + 1, await App.WithDbAsync(db => db.Volunteers.CountAsync()));
        var people = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name.EndsWith(tag)).ToDictionaryAsync(v => v.Name[..1]));
        Assert.Equal(("核心层", "13800001111"), (people["甲"].Layer, people["甲"].Phone));
        Assert.Equal((VolunteerStatus.Suspended, phones[1]), (people["乙"].Status, people["乙"].Phone));
        Assert.Equal("腿脚不便，活动请接送", people["丙"].Notes);
        Assert.Equal("13800002222", people["丁"].Phone);
        var history = await App.WithDbAsync(db => db.VolunteerStatusChanges.Where(c => c.VolunteerId == ids["乙"]).OrderBy(c => c.Id).Select(c => c.Note).ToListAsync());
        Assert.Equal(["录入名册", "名册导入"], history);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(Volunteer) && a.EntityId == ids["甲"].ToString() && a.Action == AuditActions.Update)));
    }

    [Fact]
    public async Task A_districts_export_names_villages_of_one_name_with_their_towns_and_imports_back_unchanged()
    {
        // Two towns of the district each with a village of the same name, one volunteer in each.
        var tag = ChineseName.From(Guid.NewGuid().ToString("N")[..4]);
        var district = await App.UnitAsync("天宁区关工委");
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var other = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft($"同{tag}镇关工委", UnitLevel.Town, UnitKind.Committee)));
        var village = $"同名{tag}村关工委";
        var here = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(zhenglu.Id, new UnitDraft(village, UnitLevel.Village, UnitKind.Committee)));
        var there = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(other.Id, new UnitDraft(village, UnitLevel.Village, UnitKind.Committee)));
        await App.WithDbAsync(async db =>
        {
            db.Volunteers.AddRange(Person(here, "甲" + tag), Person(there, "乙" + tag));
            return await db.SaveChangesAsync();
        });
        var officer = await App.SignedInAsync("tianning-gw");

        var export = await officer.GetAsync($"/volunteers/export?q={Uri.EscapeDataString(tag)}&purpose={Uri.EscapeDataString("年度统计上报")}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        List<IDictionary<string, object?>> rows;
        using (var stream = new MemoryStream(bytes))
        {
            rows = stream.Query(useHeaderRow: true, sheetName: "五老名册").Cast<IDictionary<string, object?>>().ToList();
        }

        Assert.Equal(new Dictionary<string, string> { ["甲" + tag] = $"郑陆镇 {village}", ["乙" + tag] = $"同{tag}镇 {village}" },
            rows.ToDictionary(r => (string)r["姓名"]!, r => (string)r["所在单位"]!));
        var same = await RosterFiles.UploadAsync(officer, bytes, "export.xlsx");
        Assert.Contains("共 2 行：2 行可以导入（新增 0 人，更新 0 人，2 人无变化）", same);

        // Sent down to 郑陆, the file reads there too: its own village named with its town (a full-width space as typed in
        // Excel); the other town's row is not 郑陆's.
        var town = await App.SignedInAsync("zhenglu");
        var ours = rows.Single(r => (string)r["姓名"]! == "甲" + tag);
        var sentDown = await RosterFiles.UploadAsync(town, RosterFiles.Xlsx([new Dictionary<string, object?>(ours) { ["所在单位"] = $"郑陆镇\u3000{village}" }]), "district.xlsx");
        Assert.Contains("共 1 行：1 行可以导入（新增 0 人，更新 0 人，1 人无变化）", sentDown);

        // The village's bare name could be either: the row is refused with the way to tell them apart.
        rows[0]["所在单位"] = village;
        var bare = await RosterFiles.UploadAsync(officer, RosterFiles.Xlsx(rows), "bare.xlsx");
        Assert.Contains($"有不止一个单位名为“{village}”，请在前面写上所在乡镇", bare);
        Assert.Contains("1 行可以导入", bare);
    }

    private static Volunteer Person(Unit unit, string name) => new()
    {
        UnitId = unit.Id, UnitPath = unit.Path, Name = name, Gender = Gender.Male, BirthYear = 1955, Status = VolunteerStatus.Active,
        StatusDate = new DateOnly(2023, 1, 1), CreatedUtc = DateTime.UtcNow, Category = "老教师",
    };

    [Fact]
    public async Task A_number_outside_the_scope_is_refused_and_a_viewers_export_keeps_phones_masked()
    {
        var viewer = await App.SignedInAsync("tianning");
        var export = await viewer.GetAsync($"/volunteers/export?purpose={Uri.EscapeDataString("年度统计上报")}");
        using (var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync()))
        {
            var phones = stream.Query(useHeaderRow: true, sheetName: "五老名册").Cast<IDictionary<string, object?>>().Select(r => r["联系电话"] as string).ToList();
            Assert.NotEmpty(phones);
            Assert.All(phones, p => Assert.True(string.IsNullOrEmpty(p) || p.Contains("****", StringComparison.Ordinal), p));
        }

        // A 郑陆 person's number typed into 乌审召's file names no one 乌审召 may edit.
        var zhengluId = await App.WithDbAsync(db => db.Volunteers.Where(v => v.Unit!.Name.StartsWith("郑陆")).Select(v => v.Id).FirstAsync());
        var officer = await App.SignedInAsync("wushenzhao");
        var row = new Dictionary<string, object?>(RosterFiles.Row("外" + ChineseName.From(Guid.NewGuid().ToString("N")[..4]))) { ["编号"] = zhengluId };
        var preview = await RosterFiles.UploadAsync(officer, RosterFiles.Xlsx([row]), "other.xlsx");
        Assert.Contains($"编号：{zhengluId} 不是您管理范围内名册中的编号", preview);
        Assert.Contains("0 行可以导入", preview);
    }
}

public sealed class RosterRoundTripTestsOnSqlite(SqliteAppFixture fixture) : RosterRoundTripTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RosterRoundTripTestsOnPostgres(PostgresAppFixture fixture) : RosterRoundTripTests(fixture), IClassFixture<PostgresAppFixture>;
