using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Guangong.Web.Features.Applications;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Stations;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Applications;

/// <summary>The 申报 workflow town → district, on a town of the test's own under 天宁区; run once per provider.</summary>
public abstract class ApplicationTests(AppFixture fixture)
{
    private const string Narrative = "辅导站与新时代文明实践站共建共享，常年开展读书分享和暑期防溺水教育，五老辅导员队伍稳定。";

    private GuangongApp App => fixture.App;

    private sealed record Setup(Unit District, Unit Town, Unit Village, Station Station, Assessment Assessment);

    private async Task<Setup> NewAsync()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var town = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft($"申报镇关工委{Guid.NewGuid():N}"[..14], UnitLevel.Town, UnitKind.Committee)));
        var village = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"申报村关工委{Guid.NewGuid():N}"[..14], UnitLevel.Village, UnitKind.Committee)));
        var station = await Ok(town, (StationCommands c) => c.SaveAsync(null, new StationInput { UnitId = village.Id.ToString(), Name = "申报测试辅导站", Stage = "Consolidating" }));
        var assessment = await Ok(village, (AssessmentStarter s) => s.StartAsync(ProgramKind.Station, station.Id, 2025));
        return new Setup(district, town, village, station, assessment);
    }

    private async Task<T> Ok<TService, T>(Unit unit, Func<TService, Task<CommandResult<T>>> work)
        where TService : notnull
    {
        var result = await App.WithServiceAsync<TService, CommandResult<T>>(work, unit.Id, unit.Path);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Field + ": " + e.Message)));
        return result.Value!;
    }

    private Task<CommandResult<StationApplication>> As(Unit unit, Func<ApplicationCommands, Task<CommandResult<StationApplication>>> work) =>
        App.WithServiceAsync(work, unit.Id, unit.Path);

    private Task<StationApplication> ReloadAsync(long id) => App.WithDbAsync(db => db.StationApplications.AsNoTracking().SingleAsync(a => a.Id == id));

    private async Task<ScoreInput> ReviewInputAsync(Setup s, long version, string score)
    {
        var template = await App.WithServiceAsync<TemplateCatalog, AssessmentTemplate?>(c => c.FindAsync(s.Assessment.TemplateId), s.Town.Id, s.Town.Path);
        return new ScoreInput { Version = version, Lines = template!.Criteria.Select(c => new ScoreLine { CriterionId = c.Id, Score = score == "max" ? c.MaxPoints.ToString() : score, Note = "属实" }).ToList() };
    }

    [Fact]
    public async Task A_submitted_application_is_locked_the_town_cannot_review_it_and_a_return_reopens_it()
    {
        var s = await NewAsync();
        var created = await Ok(s.Town, (ApplicationCommands c) => c.CreateAsync(new ApplicationInput { StationId = s.Station.Id.ToString(), Title = "区优", Narrative = Narrative }));
        var submitted = (await As(s.Town, c => c.SubmitAsync(created.Id, created.Version))).Value!;
        Assert.Equal(ApplicationStatus.Submitted, submitted.Status);

        var edit = await As(s.Town, c => c.UpdateAsync(created.Id, new ApplicationInput { Title = "区优", Narrative = Narrative + "补充。", Version = submitted.Version }));
        Assert.Contains(edit.Errors, e => e.Message == ApplicationCommands.Locked);
        Assert.Equal(Narrative, (await ReloadAsync(created.Id)).Narrative);

        var own = await As(s.Town, c => c.ReviewAsync(created.Id, new ScoreInput { Version = submitted.Version }));
        Assert.Contains(own.Errors, e => e.Message.Contains("不能审核本单位的申报"));
        var ownApprove = await As(s.Town, c => c.ApproveAsync(created.Id, submitted.Version));
        Assert.Equal(CommandStatus.Invalid, ownApprove.Status);
        Assert.Equal(ApplicationStatus.Submitted, (await ReloadAsync(created.Id)).Status);

        var noReason = await As(s.District, c => c.ReturnAsync(created.Id, new DecisionInput { Reason = " ", Version = submitted.Version }));
        Assert.Contains(noReason.Errors, e => e.Field == "Reason");
        var returned = (await As(s.District, c => c.ReturnAsync(created.Id, new DecisionInput { Reason = "活动照片不足", Version = submitted.Version }))).Value!;
        Assert.Equal(ApplicationStatus.Returned, returned.Status);

        var edited = (await As(s.Town, c => c.UpdateAsync(created.Id, new ApplicationInput { Title = "区优", Narrative = Narrative + "已补充照片。", Version = returned.Version }))).Value!;
        var again = (await As(s.Town, c => c.SubmitAsync(created.Id, edited.Version))).Value!;
        Assert.Equal(ApplicationStatus.Submitted, again.Status);
        var history = await App.WithDbAsync(db => db.ApplicationEvents.Where(e => e.ApplicationId == created.Id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["创建", "提交", "退回", "修改", "重新提交"], history);
    }

    [Fact]
    public async Task The_district_scores_and_approves_two_reviewers_conflict_and_the_station_gets_the_honour()
    {
        var s = await NewAsync();
        var created = await Ok(s.Town, (ApplicationCommands c) => c.CreateAsync(new ApplicationInput { StationId = s.Station.Id.ToString(), Title = "市优", Narrative = Narrative }));
        var submitted = (await As(s.Town, c => c.SubmitAsync(created.Id, created.Version))).Value!;

        var tooEarly = await As(s.District, c => c.ApproveAsync(created.Id, submitted.Version));
        Assert.Contains(tooEarly.Errors, e => e.Message.Contains("请先逐项审核评分"));
        var over = await As(s.District, async c => await c.ReviewAsync(created.Id, await ReviewInputAsync(s, submitted.Version, "50")));
        Assert.Contains(over.Errors, e => e.Message.Contains("不能超过"));
        Assert.Empty(await App.WithDbAsync(db => db.ApplicationScores.Where(x => x.ApplicationId == created.Id).ToListAsync()));

        // A review below the standard's line for 市优 is not approved: the honour would say more than the review found.
        var low = (await As(s.District, async c => await c.ReviewAsync(created.Id, await ReviewInputAsync(s, submitted.Version, "0")))).Value!;
        var below = await As(s.District, c => c.ApproveAsync(created.Id, low.Version));
        Assert.Contains(below.Errors, e => e.Message.StartsWith("审核得分0分，未达到评估标准中“市优”的分数线", StringComparison.Ordinal));
        Assert.False(await App.WithDbAsync(db => db.StationHonours.AnyAsync(h => h.StationId == s.Station.Id && h.Title == "市优")));

        var reviewed = (await As(s.District, async c => await c.ReviewAsync(created.Id, await ReviewInputAsync(s, low.Version, "max")))).Value!;
        Assert.Equal(100, reviewed.ReviewTotal);
        var second = await As(s.District, async c => await c.ReviewAsync(created.Id, await ReviewInputAsync(s, low.Version, "0")));
        Assert.Equal(CommandStatus.Conflict, second.Status);
        Assert.Equal(100, (await ReloadAsync(created.Id)).ReviewTotal);

        var approved = (await As(s.District, c => c.ApproveAsync(created.Id, reviewed.Version))).Value!;
        Assert.Equal(ApplicationStatus.Approved, approved.Status);
        Assert.True(await App.WithDbAsync(db => db.StationHonours.AnyAsync(h => h.StationId == s.Station.Id && h.Title == "市优" && h.Year == 2025)));

        var form = await App.WithServiceAsync<ApplicationForm, (byte[] Bytes, string FileName)?>(f => f.WriteAsync(created.Id), s.Town.Id, s.Town.Path);
        using var doc = WordprocessingDocument.Open(new MemoryStream(form!.Value.Bytes), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("校外教育辅导站申报表", text);
        Assert.Contains("组织领导有力", text);
        Assert.Contains("明确站长，职责清楚", text);
    }

    [Fact]
    public async Task The_demo_application_is_in_tianning_districts_queue_and_on_its_home_page_not_in_another_district()
    {
        var district = await App.ApiClientAsync("tianning-gw");
        var queue = await district.GetFromJsonAsync<JsonElement>("/api/v1/applications?queue=true");
        Assert.Contains(queue.EnumerateArray(), a => a.GetProperty("stationName").GetString() == "焦溪村校外教育辅导站" && a.GetProperty("title").GetString() == "市优");
        var town = await App.ApiClientAsync("zhenglu");
        Assert.DoesNotContain((await town.GetFromJsonAsync<JsonElement>("/api/v1/applications?queue=true")).EnumerateArray(), a => a.GetProperty("stationName").GetString() == "焦溪村校外教育辅导站");
        var other = await App.ApiClientAsync("wushenzhao");
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/v1/applications")).EnumerateArray());
        var home = WebUtility.HtmlDecode(await (await App.SignedInAsync("tianning-gw")).GetStringAsync("/"));
        Assert.Contains("下级报来、待审核的申报", home);
    }
}

public sealed class ApplicationTestsOnSqlite(SqliteAppFixture fixture) : ApplicationTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ApplicationTestsOnPostgres(PostgresAppFixture fixture) : ApplicationTests(fixture), IClassFixture<PostgresAppFixture>;
