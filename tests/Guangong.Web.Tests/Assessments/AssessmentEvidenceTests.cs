using System.Net;
using System.Net.Http.Headers;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Assessments;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Stations;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Guangong.Web.Tests.Safety;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace Guangong.Web.Tests.Assessments;

/// <summary>
/// Photos and files uploaded per criterion of a self-assessment: stored in the evidence store,
/// counted as evidence on submission, downloaded only within the scope. SQLite.
/// </summary>
public sealed class AssessmentEvidenceTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    internal sealed record Setup(Unit Village, AssessmentTemplate Template, Assessment Assessment, HttpClient Recorder);

    [Fact]
    public async Task A_required_criterion_refuses_submission_until_a_photo_is_uploaded_and_the_photo_stays_within_the_scope()
    {
        var s = await NewAsync();
        var required = s.Template.Criteria.Single(c => c.EvidenceRequired);
        await Run(s.Village, c => c.SelfScoreAsync(s.Assessment.Id, Scores(s, note: null)));
        var version = (await ReloadAsync(s.Assessment.Id)).Version;
        var refused = await Run(s.Village, c => c.SubmitAsync(s.Assessment.Id, version));
        Assert.Contains(refused.Errors, e => e.Message.Contains($"“{required.Text}”须提供佐证材料"));

        var uploaded = await UploadAsync(s, required.Id, Photo(), "站长任命文件.png");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var file = await App.WithDbAsync(db => db.AssessmentFiles.AsNoTracking().SingleAsync(f => f.AssessmentId == s.Assessment.Id));
        Assert.Equal(required.Id, file.CriterionId);
        Assert.Equal(s.Village.Path, file.UnitPath);
        var page = WebUtility.HtmlDecode(await s.Recorder.GetStringAsync($"/assessments/{s.Assessment.Id}"));
        Assert.Contains($"/assessments/files/{file.Id}?thumb=1", page);
        Assert.DoesNotContain("–N分", page); // a criterion scored in points says its own range, "可给0–10分"
        Assert.Matches(@"可给0–\d+分", page);

        version = (await ReloadAsync(s.Assessment.Id)).Version;
        var submitted = await Run(s.Village, c => c.SubmitAsync(s.Assessment.Id, version));
        Assert.True(submitted.Succeeded, string.Join(" ", submitted.Errors.Select(e => e.Message)));

        // Within the scope (the village, the district above): the bytes; elsewhere: as unknown, a 404.
        Assert.Equal(Photo(), await s.Recorder.GetByteArrayAsync($"/assessments/files/{file.Id}"));
        Assert.Equal(HttpStatusCode.OK, (await (await App.SignedInAsync("tianning")).GetAsync($"/assessments/files/{file.Id}")).StatusCode);
        foreach (var user in new[] { "zhenglu", "wushenzhao" })
        {
            var other = await App.SignedInAsync(user);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/assessments/files/{file.Id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/assessments/files/{file.Id}?thumb=1")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await s.Recorder.GetAsync("/assessments/files/987654321")).StatusCode);

        // Submitted: the page offers no upload any more, and the command refuses one.
        Assert.NotEqual(HttpStatusCode.Redirect, (await UploadAsync(s, required.Id, Photo(), "补充.png")).StatusCode);
        var late = await App.WithServiceAsync<AssessmentEvidence, CommandResult<Assessment>>(
            e => e.UploadAsync(s.Assessment.Id, required.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), [new("补充.png", Photo())]), s.Village.Id, s.Village.Path);
        Assert.Contains(late.Errors, e => e.Message == AssessmentEvidence.Locked);
        Assert.Equal(1, await App.WithDbAsync(db => db.AssessmentFiles.CountAsync(f => f.AssessmentId == s.Assessment.Id)));
    }

    [Fact]
    public async Task A_file_that_is_no_photo_or_document_is_refused_beside_the_field_and_nothing_is_kept()
    {
        var s = await NewAsync();
        var criterion = s.Template.Criteria.First();
        var bad = await UploadAsync(s, criterion.Id, "MZ\u0090\0 not a picture"u8.ToArray(), "照片.jpg");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("不是允许的文件类型", html);
        var none = await UploadAsync(s, 0, Photo(), "a.png");
        Assert.Contains("请选择这份佐证对应的评分要点", WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()));
        Assert.False(await App.WithDbAsync(db => db.AssessmentFiles.AnyAsync(f => f.AssessmentId == s.Assessment.Id)));
    }

    private async Task<HttpResponseMessage> UploadAsync(Setup s, long criterionId, byte[] bytes, string name)
    {
        var page = await s.Recorder.GetStringAsync($"/assessments/{s.Assessment.Id}");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent
        {
            { new StringContent("evidence"), "_handler" },
            { new StringContent(HttpSession.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(criterionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "criterion" },
            { file, "files", name },
        };
        return await s.Recorder.PostAsync($"/assessments/{s.Assessment.Id}", form);
    }

    private static byte[] Photo()
    {
        using var bitmap = new SKBitmap(40, 30);
        bitmap.Erase(SKColors.SteelBlue);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 90).ToArray();
    }

    /// <summary>A town of the test's own under 天宁区 with its standard (one criterion needs evidence), a village station, its assessment and a recorder of the village.</summary>
    private Task<Setup> NewAsync() => NewAsync(App);

    /// <summary>The setup above, for the undo tests of a removed evidence file (RemovalUndoTests).</summary>
    internal static async Task<Setup> NewAsync(GuangongApp app)
    {
        var district = await app.UnitAsync("天宁区关工委");
        var town = await app.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft($"佐证镇关工委{Guid.NewGuid():N}"[..14], UnitLevel.Town, UnitKind.Committee)));
        var village = await app.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"佐证村关工委{Guid.NewGuid():N}"[..14], UnitLevel.Village, UnitKind.Committee)));
        var template = await As(app, town, (TemplateCommands c) => c.CreateAsync(town.Id, new TemplateInput
        {
            Program = "Station", Name = "佐证测试标准", FromYear = "2024", Thresholds = "合格=10",
            Criteria =
            [
                new() { GroupName = "组织领导有力", Text = "明确站长", MaxPoints = "5", Scoring = "MetOrNot", EvidenceRequired = true },
                new() { GroupName = "活动常态有效", Text = "每月开展活动", MaxPoints = "10", Scoring = "Points" },
            ],
        }));
        var station = await As(app, town, (StationCommands c) => c.SaveAsync(null, new StationInput { UnitId = village.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Name = "佐证辅导站", Stage = "Creating" }));
        var assessment = await As(app, village, (AssessmentStarter st) => st.StartAsync(ProgramKind.Station, station.Id, 2025));
        var recorder = await app.SignedInAsync(await app.UserAsync(village.Id, RoleNames.Recorder), CareStations.Password);
        return new Setup(village, template, assessment, recorder);
    }

    private static ScoreInput Scores(Setup s, string? note) => new()
    {
        Version = s.Assessment.Version,
        Lines = s.Template.Criteria.Select(c => new ScoreLine { CriterionId = c.Id, Score = c.MaxPoints.ToString(System.Globalization.CultureInfo.InvariantCulture), Note = note }).ToList(),
    };

    private static async Task<T> As<TService, T>(GuangongApp app, Unit unit, Func<TService, Task<CommandResult<T>>> work)
        where TService : notnull
    {
        var result = await app.WithServiceAsync<TService, CommandResult<T>>(work, unit.Id, unit.Path);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Field + ": " + e.Message)));
        return result.Value!;
    }

    private Task<CommandResult<Assessment>> Run(Unit unit, Func<AssessmentCommands, Task<CommandResult<Assessment>>> work) =>
        App.WithServiceAsync(work, unit.Id, unit.Path);

    private Task<Assessment> ReloadAsync(long id) => App.WithDbAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.Id == id));
}
