using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Stations;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Assessments;

/// <summary>The assessment engine's rules, on a town and village of the test's own under 天宁区; run once per provider.</summary>
public abstract class AssessmentTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    private sealed record Setup(Unit Town, Unit Village, Station Station, AssessmentTemplate Template, Assessment Assessment);

    /// <summary>A new town with its own station standard, a village under it with a station, and the station's 2025 assessment.</summary>
    private async Task<Setup> NewAsync(bool evidenceRequired = true)
    {
        var district = await App.UnitAsync("天宁区关工委");
        var town = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft($"评估镇关工委{Guid.NewGuid():N}"[..14], UnitLevel.Town, UnitKind.Committee)));
        var village = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"评估村关工委{Guid.NewGuid():N}"[..14], UnitLevel.Village, UnitKind.Committee)));
        var template = await AsTown(town, (TemplateCommands c) => c.CreateAsync(town.Id, new TemplateInput
        {
            Program = "Station",
            Name = "测试标准",
            FromYear = "2024",
            Thresholds = "合格=10；区优=16；市优=19",
            Criteria =
            [
                new() { GroupName = "组织领导有力", Text = "明确站长", MaxPoints = "5", Scoring = "MetOrNot", EvidenceRequired = evidenceRequired },
                new() { GroupName = "活动常态有效", Text = "每月开展活动", MaxPoints = "10", Scoring = "Points" },
                new() { GroupName = "辅导队伍稳定", Text = "辅导员参加培训", MaxPoints = "5", Scoring = "Level" },
            ],
        }));
        var station = await AsTown(town, (StationCommands c) => c.SaveAsync(null, new StationInput { UnitId = village.Id.ToString(), Name = "测试辅导站", Stage = "Creating" }));
        var assessment = await AsUnit(village, (AssessmentStarter s) => s.StartAsync(ProgramKind.Station, station.Id, 2025));
        Assert.Equal(template.Id, assessment.TemplateId);
        return new Setup(town, village, station, template, assessment);
    }

    private Task<T> AsTown<TService, T>(Unit town, Func<TService, Task<CommandResult<T>>> work)
        where TService : notnull => AsUnit(town, work);

    private async Task<T> AsUnit<TService, T>(Unit unit, Func<TService, Task<CommandResult<T>>> work)
        where TService : notnull
    {
        var result = await App.WithServiceAsync<TService, CommandResult<T>>(work, unit.Id, unit.Path);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Field + ": " + e.Message)));
        return result.Value!;
    }

    private Task<CommandResult<Assessment>> Run(Unit unit, Func<AssessmentCommands, Task<CommandResult<Assessment>>> work) =>
        App.WithServiceAsync(work, unit.Id, unit.Path);

    /// <summary>As <see cref="Run"/>, written by a signed-in user (who submitted is kept by user).</summary>
    private async Task<CommandResult<Assessment>> RunAs(Unit unit, long userId, Func<AssessmentCommands, Task<CommandResult<Assessment>>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<global::Guangong.Web.Infrastructure.Scoping.DataScope>().Restrict(unit.Id, unit.Path);
        scope.ServiceProvider.GetRequiredService<global::Guangong.Web.Infrastructure.Auditing.CurrentActor>().SignedIn(userId, $"user{userId}", "镇关工委干事");
        return await work(scope.ServiceProvider.GetRequiredService<AssessmentCommands>());
    }

    private static ScoreInput Full(Setup s, long version, params string[] scores) => new()
    {
        Version = version,
        Lines = s.Template.Criteria.OrderBy(c => c.SortOrder).Select((c, i) => new ScoreLine { CriterionId = c.Id, Score = scores.Length > i ? scores[i] : c.MaxPoints.ToString(), Note = "台账第3册" }).ToList(),
    };

    private Task<Assessment> ReloadAsync(long id) => App.WithDbAsync(db => db.Assessments.Include(a => a.Scores).AsNoTracking().SingleAsync(a => a.Id == id));

    [Fact]
    public async Task A_score_above_the_maximum_or_negative_is_refused_and_nothing_is_saved()
    {
        var s = await NewAsync();
        var over = await Run(s.Village, c => c.SelfScoreAsync(s.Assessment.Id, Full(s, s.Assessment.Version, "5", "11", "4")));
        Assert.Equal(CommandStatus.Invalid, over.Status);
        Assert.Contains(over.Errors, e => e.Field == "Lines[1].Score" && e.Message.Contains("不能超过该项满分10分"));
        var negative = await Run(s.Village, c => c.SelfScoreAsync(s.Assessment.Id, Full(s, s.Assessment.Version, "-1", "8", "4")));
        Assert.Contains(negative.Errors, e => e.Field == "Lines[0].Score" && e.Message.Contains("不能为负数"));
        var notALevel = await Run(s.Village, c => c.SelfScoreAsync(s.Assessment.Id, Full(s, s.Assessment.Version, "5", "8", "3.5")));
        Assert.Contains(notALevel.Errors, e => e.Field == "Lines[2].Score" && e.Message.Contains("等级"));
        var saved = await ReloadAsync(s.Assessment.Id);
        Assert.All(saved.Scores, x => Assert.Null(x.SelfScore));
        Assert.Equal(s.Assessment.Version, saved.Version);

        // Through the API, from a town that does not cover it: the same answer as an unknown id.
        var api = await App.ApiClientAsync("zhenglu");
        var response = await api.PutAsJsonAsync($"/api/v1/assessments/{s.Assessment.Id}/self-score", new { version = s.Assessment.Version, lines = new[] { new { criterionId = s.Template.Criteria[0].Id, score = "5" } } });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.All((await ReloadAsync(s.Assessment.Id)).Scores, x => Assert.Null(x.SelfScore));
    }

    [Fact]
    public async Task Submitting_without_the_required_evidence_is_refused_and_the_assessment_stays_a_draft()
    {
        var s = await NewAsync();
        var input = Full(s, s.Assessment.Version);
        input.Lines[0].Note = null;
        var scored = await Run(s.Village, c => c.SelfScoreAsync(s.Assessment.Id, input));
        Assert.True(scored.Succeeded);
        Assert.Equal(20, scored.Value!.SelfTotal);
        Assert.Equal("市优", scored.Value.Level);

        var submit = await Run(s.Village, c => c.SubmitAsync(s.Assessment.Id, scored.Value.Version));
        Assert.Equal(CommandStatus.Invalid, submit.Status);
        Assert.Contains(submit.Errors, e => e.Field == "Lines[0].Note" && e.Message.Contains("须提供佐证材料"));
        Assert.Equal(AssessmentStatus.Draft, (await ReloadAsync(s.Assessment.Id)).Status);

        var withEvidence = await Run(s.Village, c => c.SelfScoreAsync(s.Assessment.Id, Full(s, scored.Value.Version)));
        var ok = await Run(s.Village, c => c.SubmitAsync(s.Assessment.Id, withEvidence.Value!.Version));
        Assert.Equal(AssessmentStatus.Submitted, ok.Value!.Status);

        // Submitted: the self-assessment is locked.
        var late = await Run(s.Village, c => c.SelfScoreAsync(s.Assessment.Id, Full(s, ok.Value.Version, "0")));
        Assert.Contains(late.Errors, e => e.Message.Contains("不能再修改自评"));
    }

    [Fact]
    public async Task A_unit_never_reviews_its_own_assessment_and_two_reviewers_saving_at_once_conflict()
    {
        var s = await NewAsync();
        var scored = await Run(s.Village, c => c.SelfScoreAsync(s.Assessment.Id, Full(s, s.Assessment.Version)));
        var submitted = (await Run(s.Village, c => c.SubmitAsync(s.Assessment.Id, scored.Value!.Version))).Value!;

        var own = await Run(s.Village, c => c.ReviewAsync(s.Assessment.Id, Full(s, submitted.Version, "5", "6", "4")));
        Assert.Contains(own.Errors, e => e.Message == AssessmentCommands.OwnUnitReview);
        Assert.Equal(AssessmentStatus.Submitted, (await ReloadAsync(s.Assessment.Id)).Status);

        var first = await Run(s.Town, c => c.ReviewAsync(s.Assessment.Id, Full(s, submitted.Version, "5", "6", "4")));
        Assert.True(first.Succeeded);
        Assert.Equal(15, first.Value!.ReviewTotal);
        Assert.Equal("合格", first.Value.Level);
        var second = await Run(s.Town, c => c.ReviewAsync(s.Assessment.Id, Full(s, submitted.Version, "0", "0", "0")));
        Assert.Equal(CommandStatus.Conflict, second.Status);
        Assert.Equal(15, (await ReloadAsync(s.Assessment.Id)).ReviewTotal);

        // The gaps become remediation actions, tracked to done.
        var gap = s.Template.Criteria.Single(c => c.Text == "每月开展活动");
        var action = await AsUnit(s.Village, (RemediationCommands r) => r.AddAsync(s.Assessment.Id, new RemediationInput { CriterionId = gap.Id.ToString(), Text = "每月一次读书会", Owner = "站长", DueDate = "2026-12-31" }));
        var full = await App.WithServiceAsync<RemediationCommands, CommandResult<RemediationAction>>(r => r.AddAsync(s.Assessment.Id, new RemediationInput { CriterionId = s.Template.Criteria[0].Id.ToString(), Text = "无", Owner = "站长", DueDate = "2026-12-31" }), s.Village.Id, s.Village.Path);
        Assert.Contains(full.Errors, e => e.Field == "CriterionId");
        var done = await AsUnit(s.Village, (RemediationCommands r) => r.SetDoneAsync(action.Id, true, action.Version));
        Assert.NotNull(done.DoneDate);
    }

    [Fact]
    public async Task Who_submitted_a_self_assessment_does_not_review_it()
    {
        // The town filled in and sent up a village's self-assessment: another officer above reviews it, not the same one.
        var s = await NewAsync();
        var (officer, colleague) = await App.WithDbAsync(async db =>
        {
            var ids = await db.Users.OrderBy(u => u.Id).Select(u => u.Id).Take(2).ToListAsync();
            return (ids[0], ids[1]);
        });
        var scored = await RunAs(s.Town, officer, c => c.SelfScoreAsync(s.Assessment.Id, Full(s, s.Assessment.Version)));
        var submitted = (await RunAs(s.Town, officer, c => c.SubmitAsync(s.Assessment.Id, scored.Value!.Version))).Value!;
        Assert.Equal(officer, submitted.SubmittedByUserId);

        var own = await RunAs(s.Town, officer, c => c.ReviewAsync(s.Assessment.Id, Full(s, submitted.Version, "5", "6", "4")));
        Assert.Contains(own.Errors, e => e.Message == AssessmentCommands.OwnSubmissionReview);
        Assert.Equal(AssessmentStatus.Submitted, (await ReloadAsync(s.Assessment.Id)).Status);
        var other = await RunAs(s.Town, colleague, c => c.ReviewAsync(s.Assessment.Id, Full(s, submitted.Version, "5", "6", "4")));
        Assert.True(other.Succeeded);
    }

    [Fact]
    public async Task Changing_a_template_that_assessments_use_saves_a_new_version_and_leaves_their_results()
    {
        var s = await NewAsync(evidenceRequired: false);
        var scored = await Run(s.Village, c => c.SelfScoreAsync(s.Assessment.Id, Full(s, s.Assessment.Version)));
        Assert.True(scored.Succeeded);

        var change = TemplateInput.From(s.Template, blankLines: 0);
        change.Criteria[1].MaxPoints = "20";
        change.Criteria[1].Text = "每月开展两次活动";
        var next = await AsTown(s.Town, (TemplateCommands c) => c.UpdateAsync(s.Template.Id, change));
        Assert.NotEqual(s.Template.Id, next.Id);
        Assert.Equal(2, next.VersionNumber);

        var old = await App.WithDbAsync(db => db.AssessmentTemplates.Include(t => t.Criteria).AsNoTracking().SingleAsync(t => t.Id == s.Template.Id));
        Assert.False(old.IsCurrent);
        Assert.Contains(old.Criteria, c => c.Text == "每月开展活动" && c.MaxPoints == 10);
        var kept = await ReloadAsync(s.Assessment.Id);
        Assert.Equal(s.Template.Id, kept.TemplateId);
        Assert.Equal(20, kept.SelfTotal);

        // The old version is not edited in place either, and the village (below the standard's unit) cannot edit it.
        var again = await App.WithServiceAsync<TemplateCommands, CommandResult<AssessmentTemplate>>(c => c.UpdateAsync(s.Template.Id, TemplateInput.From(old)), s.Town.Id, s.Town.Path);
        Assert.Equal(CommandStatus.Invalid, again.Status);
        var byVillage = await App.WithServiceAsync<TemplateCommands, CommandResult<AssessmentTemplate>>(c => c.UpdateAsync(next.Id, TemplateInput.From(next)), s.Village.Id, s.Village.Path);
        Assert.Equal(CommandStatus.NotFound, byVillage.Status);
    }

    [Fact]
    public async Task A_template_from_another_district_is_not_found_and_zhenglu_sees_tianning_standards()
    {
        var tianning = await App.WithDbAsync(db => db.AssessmentTemplates.AsNoTracking().FirstAsync(t => t.Program == ProgramKind.Station && t.Unit!.Name == "天宁区关工委"));
        var other = await App.ApiClientAsync("wushenzhao");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/assessment-templates/{tianning.Id}")).StatusCode);
        var zhenglu = await App.ApiClientAsync("zhenglu");
        var json = await zhenglu.GetFromJsonAsync<JsonElement>($"/api/v1/assessment-templates/{tianning.Id}");
        Assert.Equal(14, json.GetProperty("criteria").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await zhenglu.PutAsJsonAsync($"/api/v1/assessment-templates/{tianning.Id}", new { name = "改", version = tianning.Version })).StatusCode);
    }
}

public sealed class AssessmentTestsOnSqlite(SqliteAppFixture fixture) : AssessmentTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class AssessmentTestsOnPostgres(PostgresAppFixture fixture) : AssessmentTests(fixture), IClassFixture<PostgresAppFixture>;
