using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Statistics.Rollup;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Guangong.Web.Tests.People;

/// <summary>The roster's Excel import through the real page: preview first, nothing written until confirmed.</summary>
public abstract class RosterImportTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task The_template_carries_instructions_and_the_dictionary_values()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var response = await officer.GetAsync("/volunteers/import/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["五老名册", "填写说明", "可选值"], stream.GetSheetNames());
        var header = ((IDictionary<string, object?>)stream.Query(useHeaderRow: true, sheetName: "五老名册").First()).Keys;
        Assert.Equal(RosterFiles.Headers, header);
        stream.Position = 0;
        var values = stream.Query(useHeaderRow: true, sheetName: "可选值").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(values, v => Equals(v["五老类别"], "老模范"));
        Assert.Contains(values, v => Equals(v["所在单位"], "乌审召小学"));
        Assert.DoesNotContain(values, v => v["所在单位"] is string s && s.Contains("郑陆", StringComparison.Ordinal));

        // Each coded column offers its values as a drop-down list, for every row a file may hold.
        stream.Position = 0;
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var sheet = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(x => x.Name == "五老名册");
        var lists = ((DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.WorkbookPart.GetPartById(sheet.Id!)).Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>()
            .ToDictionary(d => d.SequenceOfReferences!.InnerText!, d => d.Formula1!.Text);
        var units = values.Count(v => v["所在单位"] is not null);
        Assert.Equal("'可选值'!$E$2:$E$3", lists["B2:B20001"]); // 性别
        Assert.Equal($"'可选值'!$F$2:$F${units + 1}", lists["L2:L20001"]); // 所在单位
        Assert.Equal(["B2:B20001", "F2:F20001", "G2:G20001", "H2:H20001", "L2:L20001", "M2:M20001"], lists.Keys.Order());
    }

    [Fact]
    public async Task A_file_with_problems_is_previewed_row_by_row_and_only_valid_rows_are_imported_on_confirmation()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var tag = Guid.NewGuid().ToString("N")[..4];
        string Name(string n) => n + ChineseName.From(tag);
        var file = RosterFiles.Xlsx(
        [
            RosterFiles.Row(Name("阿拉坦"), phone: "13900000001", unit: "查汗淖学校"),
            RosterFiles.Row(string.Empty, phone: "13900000002"),
            RosterFiles.Row(Name("白音"), category: "老书记"),
            RosterFiles.Row(Name("朝鲁"), year: 1850),
            new Dictionary<string, object?>(RosterFiles.Row(Name("巴彦"))) { ["编号"] = "99999999" },
            RosterFiles.Row(Name("达来"), phone: "13900000003"),
            RosterFiles.Row(Name("达来"), phone: "13900000003"),
        ]);
        var before = await App.WithDbAsync(db => db.Volunteers.CountAsync());

        var preview = await RosterFiles.UploadAsync(officer, file, "roster.xlsx");
        Assert.True(preview.Contains("共 7 行：2 行可以导入（新增 2 人，更新 0 人，0 人无变化），5 行有问题", StringComparison.Ordinal), Regex.Replace(preview, "<[^>]+>", " "));
        Assert.Contains("姓名：请填写姓名", preview);
        Assert.Contains("五老类别：五老类别只能是", preview);
        Assert.Contains("出生年份：出生年份须为", preview);
        Assert.Contains("编号：99999999 不是您管理范围内名册中的编号", preview);
        Assert.Contains("与第7行重复", preview);
        Assert.Equal(before, await App.WithDbAsync(db => db.Volunteers.CountAsync()));

        var token = RosterFiles.TokenPattern().Match(preview).Groups[1].Value;
        var rejected = await officer.GetAsync($"/volunteers/import/{token}/rejected");
        using (var stream = new MemoryStream(await rejected.Content.ReadAsByteArrayAsync()))
        {
            var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(5, rows.Count);
            Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r["不能导入的原因"] as string)));
        }

        var done = await RosterFiles.ConfirmAsync(officer, preview, token);
        Assert.Contains("新增 2 人", done);
        Assert.Equal(before + 2, await App.WithDbAsync(db => db.Volunteers.CountAsync()));
        var alatan = Name("阿拉坦");
        var imported = await App.WithDbAsync(db => db.Volunteers.Include(v => v.Unit).SingleAsync(v => v.Name == alatan));
        Assert.Equal("查汗淖学校", imported.Unit!.Name);
        Assert.Equal("书法、作文辅导", imported.Specialties);
        var dalai = Name("达来");
        var defaulted = await App.WithDbAsync(db => db.Volunteers.Include(v => v.Unit).SingleAsync(v => v.Name == dalai));
        Assert.Equal("乌审召镇关工委", defaulted.Unit!.Name);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(Volunteer) && a.EntityId == imported.Id.ToString() && a.Action == AuditActions.Create)));
        Assert.Equal(1, await App.WithDbAsync(db => db.VolunteerStatusChanges.CountAsync(c => c.VolunteerId == imported.Id)));

        // The same file cannot be confirmed twice.
        var again = await RosterFiles.ConfirmAsync(officer, preview, token);
        Assert.Contains("已经导入过", again);
        Assert.Equal(before + 2, await App.WithDbAsync(db => db.Volunteers.CountAsync()));
    }

    [Fact]
    public async Task A_confirmation_checks_the_previewed_rows_against_the_roster_as_it_is_then()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var town = await App.UnitAsync("乌审召镇关工委");
        var tag = Guid.NewGuid().ToString("N")[..4];
        string Name(string n) => n + ChineseName.From(tag);
        var file = RosterFiles.Xlsx([RosterFiles.Row(Name("其其格"), phone: "13900000011"), RosterFiles.Row(Name("乌云"), phone: "13900000012")]);
        var preview = await RosterFiles.UploadAsync(officer, file, "roster.xlsx");
        Assert.Contains("2 行可以导入（新增 2 人", preview);

        // Someone enters one of them by hand in a village before the file is confirmed: the row then names that person (an
        // update, not a second person) and its blank 所在单位 keeps their village (the preview had filled in the importer's
        // town for a new person: the rows it kept are copies as typed); the other is added.
        var qiqige = Name("其其格");
        var village = await App.UnitAsync("乌审召嘎查关工委");
        await App.WithDbAsync(async db =>
        {
            db.Volunteers.Add(new Volunteer
            {
                Name = qiqige, UnitId = village.Id, Gender = Gender.Male, Ethnicity = "蒙古族", BirthYear = 1956, Phone = "13900000011",
                Status = VolunteerStatus.Active, StatusDate = new DateOnly(2026, 1, 5),
            });
            return await db.SaveChangesAsync();
        }, town.Id, town.Path);
        var done = await RosterFiles.ConfirmAsync(officer, preview, RosterFiles.TokenPattern().Match(preview).Groups[1].Value);
        Assert.True(done.Contains("新增 1 人，更新 1 人", StringComparison.Ordinal), Regex.Replace(done, "<[^>]+>", " "));
        Assert.Equal(village.Id, await App.WithDbAsync(db => db.Volunteers.Where(v => v.Name == qiqige).Select(v => v.UnitId).SingleAsync()));
        var wuyun = Name("乌云");
        Assert.Equal(1, await App.WithDbAsync(db => db.Volunteers.CountAsync(v => v.Name == wuyun)));
    }

    [Theory]
    [InlineData("notes.txt", "这不是表格", "文件不是Excel表格")]
    [InlineData("empty.xlsx", "", "文件是空的")]
    public async Task A_file_that_is_not_a_roster_is_refused_beside_the_field(string fileName, string content, string message)
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var html = await RosterFiles.UploadAsync(officer, System.Text.Encoding.UTF8.GetBytes(content), fileName);
        Assert.Contains(message, html);
        Assert.Contains("id=\"upload-error\"", html);
    }

    [Fact]
    public async Task Wrong_columns_and_a_sheet_without_rows_are_refused()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var wrong = RosterFiles.Xlsx([new Dictionary<string, object?> { ["名字"] = "张三", ["年龄"] = 70 }]);
        Assert.Contains("表格缺少以下列：姓名、性别、出生年份", await RosterFiles.UploadAsync(officer, wrong, "wrong.xlsx"));

        // The same column twice (one marked required as the template marks it) names the column.
        var twice = RosterFiles.Row("张三");
        twice["姓名*"] = "李四";
        Assert.Contains("表格中有两列都叫“姓名”", await RosterFiles.UploadAsync(officer, RosterFiles.Xlsx([twice]), "twice.xlsx"));

        var onlyExample = RosterFiles.Xlsx([RosterFiles.Row("示例：张三")]);
        Assert.Contains("没有数据行", await RosterFiles.UploadAsync(officer, onlyExample, "example.xlsx"));

        var corrupt = RosterFiles.Xlsx([RosterFiles.Row("张三")])[..500];
        Assert.Contains("无法读取这个Excel文件", await RosterFiles.UploadAsync(officer, corrupt, "corrupt.xlsx"));
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_with_a_message_and_nothing_written()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var before = await App.WithDbAsync(db => db.Volunteers.CountAsync());
        var big = new byte[50 * 1024 * 1024];
        "PK\u0003\u0004"u8.CopyTo(big);
        var html = await RosterFiles.UploadAsync(officer, big, "big.xlsx");
        Assert.Contains("超过了10MB的上限", html);
        Assert.Equal(before, await App.WithDbAsync(db => db.Volunteers.CountAsync()));
    }

    [Fact]
    public async Task Ten_thousand_rows_import_in_one_go()
    {
        var officer = await App.SignedInAsync("wushenzhao");
        var tag = ChineseName.From(Guid.NewGuid().ToString("N")[..4]);
        var rows = Enumerable.Range(0, 10_000)
            .Select(i => RosterFiles.Row($"志愿{tag}{ChineseName.From(i.ToString("x5"))}", year: 1940 + (i % 35), phone: $"137{i:D8}", unit: i % 2 == 0 ? "乌审召嘎查关工委" : "查汗庙嘎查关工委"))
            .ToList();
        var commands = new List<CapturedCommand>();
        string preview;
        using (await CommandCapture.StartAsync(App.Database, commands))
        {
            preview = await RosterFiles.UploadAsync(officer, RosterFiles.Xlsx(rows), "big-roster.xlsx");
        }

        // The roster is read only for the names the file holds, and those go as one parameter (issue 18.3: no value lists
        // shipped as parameters), not one each.
        Assert.True(commands.Count > 0, Regex.Replace(preview, "<[^>]+>", " "));
        var keys = Assert.Single(commands, c => c.Sql.Contains("\"Phone\"", StringComparison.Ordinal) && c.Sql.Contains("\"ErasedUtc\"", StringComparison.Ordinal));
        Assert.True(keys.Parameters.Count < 10, $"{keys.Parameters.Count} parameters:\n{keys.Sql}");
        Assert.Contains("\"Name\"", keys.Sql[keys.Sql.IndexOf("WHERE", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("10000 行可以导入（新增 10000 人，更新 0 人，0 人无变化），0 行有问题", preview);
        var token = RosterFiles.TokenPattern().Match(preview).Groups[1].Value;
        var done = await RosterFiles.ConfirmAsync(officer, preview, token);
        Assert.True(done.Contains("新增 10000 人", StringComparison.Ordinal), Regex.Replace(done, "<[^>]+>", " "));
        Assert.Equal(10_000, await App.WithDbAsync(db => db.Volunteers.CountAsync(v => v.Name.StartsWith("志愿" + tag))));

        // Each row has its audit line, and the roster figures kept with the save (the import turns automatic change
        // detection off) are those a recount gives.
        Assert.Equal(10_000, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "Volunteer" && a.Action == AuditActions.Create && a.Changes!.Contains("志愿" + tag))));
        var units = await App.WithDbAsync(db => db.Units.Where(u => u.Name == "乌审召嘎查关工委" || u.Name == "查汗庙嘎查关工委").Select(u => u.Id).ToListAsync());
        var (kept, counted) = await App.WithDbAsync(async db => (
            (await db.RosterTallies.AsNoTracking().Where(t => units.Contains(t.UnitId)).ToListAsync()).Select(t => (t.UnitId, t.Dimension, t.Key, t.Count)).Order().ToList(),
            (await RosterTally.CountAsync(db, units, default)).Select(t => (t.UnitId, t.Dimension, t.Key, t.Count)).Order().ToList()));
        Assert.Equal(counted, kept);
    }

    [Fact]
    public async Task A_viewer_cannot_import()
    {
        var viewer = await App.SignedInAsync("tianning");
        var response = await viewer.GetAsync("/volunteers/import");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class RosterImportTestsOnSqlite(SqliteAppFixture fixture) : RosterImportTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class RosterImportTestsOnPostgres(PostgresAppFixture fixture) : RosterImportTests(fixture), IClassFixture<PostgresAppFixture>;
