using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Audit;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// Walks every routed page and API endpoint that takes an id, as the school recorder of 乌审召小学,
/// with the id of a record that belongs to the other town. Each must answer 403 or 404. New
/// routes are picked up automatically; a route whose id kind is unknown here fails the test.
/// </summary>
public sealed class SiblingUnitWalkTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Theory]
    [InlineData("wsz-school")]
    [InlineData("wushenzhao")]
    public async Task Every_route_with_an_id_refuses_another_units_record(string userName)
    {
        var foreignIds = await ForeignIdsAsync();
        var routes = App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0)
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/status", StringComparison.Ordinal) && !e.RoutePattern.RawText.Contains("{**", StringComparison.Ordinal))
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/_", StringComparison.Ordinal) && !e.RoutePattern.RawText.StartsWith("/openapi", StringComparison.Ordinal))

            // The 网上关工委 is anonymous by design: what it may show is tested in PublicSiteTests.
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/public/", StringComparison.Ordinal))
            .Select(e => e.RoutePattern.RawText!)
            .Distinct()
            .ToList();
        Assert.NotEmpty(routes);

        var page = await App.SignedInAsync(userName);
        var api = App.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName));
        var walked = new List<string>();
        var leaks = new List<string>();
        foreach (var route in routes)
        {
            var key = foreignIds.Keys.Where(k => route.StartsWith(k, StringComparison.Ordinal)).OrderByDescending(k => k.Length).FirstOrDefault();
            Assert.True(key is not null, $"No foreign id known for route {route}: add its record kind to this test.");
            var url = System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", foreignIds[key!].ToString(System.Globalization.CultureInfo.InvariantCulture));
            var client = route.StartsWith("/api", StringComparison.Ordinal) ? api : page;
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden,
                $"{url} answered {(int)response.StatusCode} to {userName}, outside the record's scope");

            // Existence does not leak: another unit's record answers as a record that does not exist.
            var unknown = System.Text.RegularExpressions.Regex.Replace(route, @"\{[^}]+\}", "987654321");
            var unknownStatus = (await client.GetAsync(unknown)).StatusCode;
            if (unknownStatus != response.StatusCode)
            {
                leaks.Add($"{route}: {(int)response.StatusCode} for another unit's record, {(int)unknownStatus} for none");
            }

            walked.Add(url);
        }

        Assert.True(leaks.Count == 0, "Whether a record exists shows through:\n" + string.Join('\n', leaks));
        Assert.Contains(walked, u => u.StartsWith("/units/", StringComparison.Ordinal));
        Assert.Contains(walked, u => u.StartsWith("/api/v1/units/", StringComparison.Ordinal));
        Assert.Contains(walked, u => u.StartsWith("/volunteers/", StringComparison.Ordinal));
        Assert.Contains(walked, u => u.StartsWith("/training/", StringComparison.Ordinal));

        var denials = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.AccessDenied && a.UserName == userName));
        Assert.True(denials > 0, "refused requests for another unit's record are audited");
    }

    /// <summary>Per route prefix, the id of a record that lies in 郑陆镇, outside 乌审召小学's scope.</summary>
    private async Task<Dictionary<string, long>> ForeignIdsAsync()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var zhengluUser = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "zhenglu").Select(u => u.Id).SingleAsync());
        var dictionaryItem = await App.WithDbAsync(db => db.DictionaryItems.Select(d => d.Id).FirstAsync());
        var volunteer = await App.WithDbAsync(db => db.Volunteers.Where(v => v.UnitPath.StartsWith(zhenglu.Path)).Select(v => v.Id).FirstAsync());
        var training = await App.WithDbAsync(db => db.TrainingSessions.Where(t => t.UnitPath.StartsWith(zhenglu.Path)).Select(t => t.Id).FirstAsync());
        var activity = await App.WithDbAsync(db => db.Activities.Where(a => a.UnitPath.StartsWith(zhenglu.Path)).Select(a => a.Id).FirstAsync());
        var position = await App.WithDbAsync(db => db.LeadershipPositions.Where(p => p.UnitPath.StartsWith(zhenglu.Path)).Select(p => p.Id).FirstAsync());
        var correspondent = await App.WithDbAsync(async db =>
        {
            var existing = await db.Correspondents.Where(c => c.UnitPath.StartsWith(zhenglu.Path)).Select(c => (long?)c.Id).FirstOrDefaultAsync();
            if (existing is { } id)
            {
                return id;
            }

            var added = new Features.Committees.Correspondent { UnitId = zhenglu.Id, UnitPath = zhenglu.Path, Name = "郑陆通讯员" };
            db.Correspondents.Add(added);
            await db.SaveChangesAsync();
            return added.Id;
        });
        var plan = await App.WithDbAsync(db => db.WorkPlans.Where(p => p.UnitPath.StartsWith(zhenglu.Path)).Select(p => p.Id).FirstAsync());
        var task = await App.WithDbAsync(db => db.PlanTasks.Where(t => t.PlanId == plan).Select(t => t.Id).FirstAsync());
        var assignment = await App.WithDbAsync(db => db.TaskAssignments.Where(a => a.PlanId == plan).Select(a => a.Id).FirstAsync());
        var serial = Random.Shared.Next(1000, 9999);
        var station = await App.WithDbAsync(db => db.Stations.Where(s => s.UnitPath.StartsWith(zhenglu.Path)).Select(s => s.Id).FirstAsync());
        var assessment = await App.WithDbAsync(db => db.Assessments.Where(a => a.UnitPath.StartsWith(zhenglu.Path)).Select(a => a.Id).FirstAsync());
        var template = await App.WithDbAsync(db => db.AssessmentTemplates.Select(t => t.Id).FirstAsync());
        var application = await App.WithDbAsync(db => db.StationApplications.Where(a => a.UnitPath.StartsWith(zhenglu.Path)).Select(a => a.Id).FirstAsync());

        var educationBase = await App.WithDbAsync(async db =>
        {
            var existing = await db.EducationBases.Where(b => b.UnitPath.StartsWith(zhenglu.Path)).Select(b => (long?)b.Id).FirstOrDefaultAsync();
            if (existing is { } id)
            {
                return id;
            }

            var added = new Features.Bases.EducationBase { UnitId = zhenglu.Id, UnitPath = zhenglu.Path, Category = Features.Bases.BaseCategory.RedSite };
            db.EducationBases.Add(added);
            await db.SaveChangesAsync();
            return added.Id;
        });
        var careCase = await App.WithDbAsync(db => db.CareCases.Where(c => c.UnitPath.StartsWith(zhenglu.Path)).Select(c => c.Id).FirstAsync());
        var cafe = await App.WithDbAsync(db => db.InternetCafes.Where(c => c.UnitPath.StartsWith(zhenglu.Path)).Select(c => c.Id).FirstAsync());
        var (document, certificate) = await App.WithDbAsync(async db =>
        {
            var issued = new Features.Documents.IssuedDocument
            {
                UnitId = zhenglu.Id, UnitPath = zhenglu.Path, Kind = Features.Documents.DocumentKind.PlanNotice, Year = 2023, Sequence = serial, Number = $"郑关发〔2023〕{serial}号",
                Title = "郑陆的通知", DocumentDate = new DateOnly(2023, 3, 1), Signer = "郑陆镇关工委", FileName = "n.docx", Content = [1], Sha256 = "x", IssueKey = Guid.NewGuid().ToString("N"), IssuedBy = "zhenglu",
            };
            var paper = new Features.Activities.ServiceCertificate
            {
                Number = $"2023-9999-{serial}", VolunteerId = volunteer, UnitId = zhenglu.Id, UnitPath = zhenglu.Path, PeriodStart = new DateOnly(2023, 1, 1), PeriodEnd = new DateOnly(2023, 12, 31),
                IssuedBy = "zhenglu", Content = [1], IssueKey = Guid.NewGuid().ToString("N"),
            };
            db.AddRange(issued, paper);
            await db.SaveChangesAsync();
            return (issued.Id, paper.Id);
        });
        var (article, image, adoption) = await App.WithDbAsync(async db =>
        {
            var outlet = new Features.Publicity.Outlet { UnitId = zhenglu.Id, UnitPath = zhenglu.Path, Name = "郑陆公众号" + Guid.NewGuid().ToString("N")[..6], Level = Features.Publicity.OutletLevel.Town, Kind = Features.Publicity.OutletKind.WeChat };
            var a = new Features.Publicity.Article { UnitId = zhenglu.Id, UnitPath = zhenglu.Path, Title = "郑陆的稿件", Kind = Features.Publicity.ArticleKind.Brief, Body = "正文。", WrittenOn = new DateOnly(2023, 3, 1), Status = Features.Publicity.ArticleStatus.Adopted, CreatedByUserId = zhengluUser };
            a.Images.Add(new Features.Publicity.ArticleImage { UnitId = zhenglu.Id, UnitPath = zhenglu.Path, FileName = "a.jpg", StorageKey = Guid.NewGuid().ToString("N"), Width = 1, Height = 1 });
            a.Adoptions.Add(new Features.Publicity.Adoption { UnitId = zhenglu.Id, UnitPath = zhenglu.Path, Outlet = outlet, Date = new DateOnly(2023, 3, 2), Link = "https://example.org/", ClippingKey = Guid.NewGuid().ToString("N") });
            db.Add(a);
            await db.SaveChangesAsync();
            return (a.Id, a.Images[0].Id, a.Adoptions[0].Id);
        });
        return new Dictionary<string, long>
        {
            ["/publicity/articles/"] = article,
            ["/publicity/images/"] = image,
            ["/publicity/adoptions/"] = adoption,
            ["/api/v1/articles/"] = article,
            ["/api/v1/publicity/bulletins/"] = document,
            ["/units/"] = zhenglu.Id,
            ["/api/v1/units/"] = zhenglu.Id,
            ["/admin/users/"] = zhengluUser,
            ["/admin/dictionaries/"] = dictionaryItem,
            ["/volunteers/"] = volunteer,
            ["/api/v1/volunteers/"] = volunteer,

            // An import token is not an id: a number is never a token, so the page answers 404.
            ["/volunteers/import/"] = volunteer,
            ["/training/"] = training,
            ["/api/v1/training/"] = training,
            ["/activities/"] = activity,
            ["/api/v1/activities/"] = activity,

            // A check-in code is not an id: the school recorder is on no roster, so every code is refused.
            ["/api/v1/checkin/"] = activity,
            ["/committees/"] = zhenglu.Id,
            ["/committees/positions/"] = position,
            ["/api/v1/committees/"] = zhenglu.Id,

            ["/correspondents/"] = correspondent,
            ["/plans/"] = plan,
            ["/plans/tasks/"] = task,
            ["/plans/assignments/"] = assignment,
            ["/api/v1/plans/"] = plan,
            ["/api/v1/plans/assignments/"] = assignment,
            ["/documents/"] = document,
            ["/activities/certificates/"] = certificate,
            ["/activities/certificate/"] = volunteer,
            ["/stations/"] = station,
            ["/api/v1/stations/"] = station,
            ["/assessments/"] = assessment,
            ["/api/v1/assessments/"] = assessment,

            // The standards are 天宁区's, above and beside the school recorder's scope.
            ["/assessments/templates/"] = template,
            ["/api/v1/assessment-templates/"] = template,
            ["/applications/"] = application,
            ["/api/v1/applications/"] = application,
            ["/bases/"] = educationBase,
            ["/care-cases/"] = careCase,
            ["/api/v1/care-cases/"] = careCase,
            ["/cafes/"] = cafe,
            ["/api/v1/cafes/"] = cafe,

            // Patrols are 乌审召's only (check-out is a POST): an id that is no patrol stands for another town's.
            ["/api/v1/patrols/"] = 987654320,
            ["/api/v1/education-bases/"] = educationBase,
        };
    }

    private async Task<string> TokenAsync(string userName)
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = HttpSession.DemoPassword });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }
}
