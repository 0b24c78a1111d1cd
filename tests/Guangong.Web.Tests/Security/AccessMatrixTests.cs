using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Audit;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// The access matrix: every routed page and API endpoint that takes an id (enumerated from the app's
/// endpoints, so a new route is walked without being listed), for each demo role, with the id of a
/// record of their own, of a sibling unit in the same town and of another county. Their own record
/// opens exactly when the role's policies allow the route (200, else 403); a record outside their scope
/// answers exactly as an id that does not exist and shows nothing of it; no write with such an id
/// succeeds or changes a row. A route whose id kind is unknown here fails the test.
/// </summary>
public sealed partial class AccessMatrixTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private const string Unknown = "987654321";

    private GuangongApp App => fixture.App;

    public static TheoryData<string, string, string> AnotherCounty => new()
    {
        // user, the town whose records lie in another county, a word of that town that must not show
        { "wsz-school", "郑陆镇关工委", "郑陆" },
        { "wushenzhao", "郑陆镇关工委", "郑陆" },
        { "wsz-reporter", "郑陆镇关工委", "郑陆" },
        { "wsz-elder", "郑陆镇关工委", "郑陆" },
        { "zhenglu", "乌审召镇关工委", "乌审召" },
        { "zl-court", "乌审召镇关工委", "乌审召" },
        { "tianning", "乌审召镇关工委", "乌审召" },
        { "tianning-gw", "乌审召镇关工委", "乌审召" },
    };

    [Theory]
    [MemberData(nameof(AnotherCounty))]
    public async Task Another_countys_record_answers_as_one_that_does_not_exist_and_shows_nothing_of_it(string userName, string town, string townWord)
    {
        var owner = await App.UnitAsync(town);
        var ids = await RecordIdsAsync(owner, owner.Path, outsidePath: null);
        await WalkOutsideAsync(userName, ids, townWord);
    }

    [Theory]
    [InlineData("wsz-school", "乌审召小学", "乌审召镇关工委")]
    [InlineData("zl-court", "郑陆法庭关爱工作站", "郑陆镇关工委")]
    public async Task A_sibling_units_record_in_the_same_town_answers_as_one_that_does_not_exist(string userName, string ownUnit, string town)
    {
        var own = await App.UnitAsync(ownUnit);
        var townUnit = await App.UnitAsync(town);
        var ids = await RecordIdsAsync(townUnit, townUnit.Path, outsidePath: own.Path);
        var present = ids.Count(i => i.Value is not null);
        Assert.True(present >= 18, $"the town has records of only {present} kinds outside {ownUnit}");
        await WalkOutsideAsync(userName, ids, townWord: null);
    }

    [Theory]
    [InlineData("wushenzhao")]
    [InlineData("zhenglu")]
    [InlineData("tianning")]
    [InlineData("tianning-gw")]
    [InlineData("wsz-school")]
    [InlineData("wsz-reporter")]
    [InlineData("wsz-elder")]
    [InlineData("zl-jiaoxi")]
    [InlineData("admin")]
    public async Task A_page_without_an_id_opens_exactly_when_the_roles_policies_allow_it(string userName)
    {
        // The new-record forms and lists typed into the address bar: a role the policy leaves out is answered 403, never
        // an error (a district viewer once got a 500 from /assessments/templates/new), and an allowed one is not refused.
        var roles = await RolesAsync(userName);
        var (page, api) = await ClientsAsync(userName);
        var wrong = new List<string>();
        foreach (var endpoint in RoutesWithoutIds().Where(e => e.Methods.Contains("GET")))
        {
            var url = endpoint.Url(0);
            var response = await (IsApi(endpoint.Route) ? api : page).GetAsync(url);
            var status = (int)response.StatusCode;
            var allowed = Allows(endpoint, roles);
            if (status >= 500 || (allowed && status == 403) || (!allowed && status is >= 200 and < 300))
            {
                wrong.Add($"{url}: {status}, the policy {(allowed ? "allows" : "refuses")} it");
            }
        }

        Assert.True(wrong.Count == 0, $"{userName} on the pages without an id:\n" + string.Join('\n', wrong));
    }

    [Theory]
    [InlineData("wushenzhao", "乌审召镇关工委")]
    [InlineData("zhenglu", "郑陆镇关工委")]
    [InlineData("tianning", "郑陆镇关工委")]
    [InlineData("tianning-gw", "郑陆镇关工委")]
    [InlineData("wsz-school", "乌审召小学")]
    [InlineData("wsz-reporter", "乌审召镇关工委")]
    [InlineData("wsz-elder", "乌审召镇关工委")]
    public async Task An_own_record_opens_exactly_when_the_roles_policies_allow_the_route(string userName, string ownUnit)
    {
        var own = await App.UnitAsync(ownUnit);
        var ids = await RecordIdsAsync(own, own.Path, outsidePath: null);
        var roles = await RolesAsync(userName);
        var (page, api) = await ClientsAsync(userName);
        var wrong = new List<string>();
        var opened = 0;
        foreach (var endpoint in RoutesWithIds().Where(e => e.Methods.Contains("GET")))
        {
            var kind = KindOf(endpoint.Route);
            if (OwnRecordExceptions.ContainsKey(endpoint.Route) || ids[kind] is not { } id || (StoredFileKinds.Contains(kind) && Made.Contains((kind, id))))
            {
                continue;
            }

            var url = endpoint.Url(id);
            var response = await (IsApi(endpoint.Route) ? api : page).GetAsync(url);
            var expected = Allows(endpoint, roles) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            if (response.StatusCode != expected)
            {
                wrong.Add($"{url}: {(int)response.StatusCode}, expected {(int)expected}");
            }

            opened += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }

        Assert.True(wrong.Count == 0, $"{userName} on their own records:\n" + string.Join('\n', wrong));
        Assert.True(opened >= 3, $"{userName} opened only {opened} of their own records: the walk reaches nothing");
    }

    [Theory]
    [InlineData("wsz-school", "郑陆镇关工委")]
    [InlineData("wushenzhao", "郑陆镇关工委")]
    [InlineData("zhenglu", "乌审召镇关工委")]
    [InlineData("wsz-elder", "郑陆镇关工委")]
    public async Task No_write_with_another_countys_id_succeeds_or_changes_a_row(string userName, string town)
    {
        var owner = await App.UnitAsync(town);
        var ids = await RecordIdsAsync(owner, owner.Path, outsidePath: null);
        var (_, api) = await ClientsAsync(userName);
        var before = await ChecksumsAsync();
        var accepted = new List<string>();
        var tried = 0;
        foreach (var endpoint in RoutesWithIds().Where(e => IsApi(e.Route)))
        {
            var id = ids[KindOf(endpoint.Route)] ?? 987654320;
            foreach (var method in endpoint.Methods.Where(m => m is "POST" or "PUT" or "DELETE" or "PATCH"))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Fill(endpoint.Route, id))
                {
                    Content = new StringContent("{}", Encoding.UTF8, "application/json"),
                };
                var response = await api.SendAsync(request);
                tried++;
                if ((int)response.StatusCode < 400)
                {
                    accepted.Add($"{method} {request.RequestUri}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(tried >= 20, $"only {tried} writes with an id were tried");
        Assert.True(accepted.Count == 0, "Writes accepted for another county's record:\n" + string.Join('\n', accepted));
        Assert.Equal(before, await ChecksumsAsync());
    }

    private async Task WalkOutsideAsync(string userName, Dictionary<string, long?> ids, string? townWord)
    {
        var (page, api) = await ClientsAsync(userName);
        var walked = new List<string>();
        var problems = new List<string>();
        foreach (var endpoint in RoutesWithIds().Where(e => e.Methods.Contains("GET")))
        {
            if (ids[KindOf(endpoint.Route)] is not { } id)
            {
                continue;
            }

            var client = IsApi(endpoint.Route) ? api : page;
            var url = endpoint.Url(id);
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
            {
                problems.Add($"{url}: {(int)response.StatusCode}, outside {userName}'s scope");
            }

            // Existence does not leak: another unit's record answers as a record that does not exist.
            var unknownStatus = (await client.GetAsync(endpoint.Url(Unknown))).StatusCode;
            if (unknownStatus != response.StatusCode)
            {
                problems.Add($"{endpoint.Route}: {(int)response.StatusCode} for another unit's record, {(int)unknownStatus} for none");
            }

            if (townWord is not null && body.Contains(townWord, StringComparison.Ordinal))
            {
                problems.Add($"{url}: the answer names {townWord}");
            }

            walked.Add(url);
        }

        Assert.True(problems.Count == 0, $"{userName}:\n" + string.Join('\n', problems));
        Assert.Contains(walked, u => u.StartsWith("/volunteers/", StringComparison.Ordinal));
        Assert.Contains(walked, u => u.StartsWith("/api/v1/activities/", StringComparison.Ordinal));
        Assert.True(walked.Count >= 40, $"only {walked.Count} routes walked");

        var denials = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.AccessDenied && a.UserName == userName));
        Assert.True(denials > 0, "refused requests for another unit's record are audited");
    }

    private sealed record RouteWithId(string Route, IReadOnlySet<string> Methods, IReadOnlyList<IAuthorizeData> Authorization, bool Anonymous, bool PersonalData)
    {
        /// <summary>The address with an id; a personal-data export is asked for with its purpose, as the purpose page sends it.</summary>
        public string Url(object id) => Fill(Route, id) + (PersonalData ? "?purpose=名册核对" : null);
    }

    /// <summary>Every route with a parameter, grouped by pattern with all its methods.</summary>
    private List<RouteWithId> RoutesWithIds() => Routes(withIds: true);

    /// <summary>Every route without one (lists, new-record forms, exports), the sign-in and sign-out pages left out.</summary>
    private List<RouteWithId> RoutesWithoutIds() =>
        [.. Routes(withIds: false).Where(r => r.Route is not ("/" or "/login" or "/logout" or "/account/logout" or "/healthz"))];

    private List<RouteWithId> Routes(bool withIds) =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Count > 0 == withIds)
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/status", StringComparison.Ordinal) && !e.RoutePattern.RawText.Contains("{**", StringComparison.Ordinal))
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/_", StringComparison.Ordinal) && !e.RoutePattern.RawText.StartsWith("/openapi", StringComparison.Ordinal))

            // The 网上关工委 is anonymous by design: what it may show is tested in PublicSiteTests.
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/public/", StringComparison.Ordinal))
            .GroupBy(e => e.RoutePattern.RawText!)
            .Select(g => new RouteWithId(
                g.Key,
                g.SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"]).ToHashSet(),
                g.First().Metadata.GetOrderedMetadata<IAuthorizeData>(),
                g.First().Metadata.GetMetadata<IAllowAnonymous>() is not null,
                g.First().Metadata.GetMetadata<Web.Infrastructure.Exports.PersonalDataExportMetadata>() is not null))
            .ToList();

    private static bool Allows(RouteWithId endpoint, IReadOnlySet<string> roles) =>
        endpoint.Anonymous || endpoint.Authorization.All(a => a.Policy is null || Policies.Allows(a.Policy, roles))
            && endpoint.Authorization.All(a => a.Roles is null || a.Roles.Split(',').Any(roles.Contains));

    private static bool IsApi(string route) => route.StartsWith("/api", StringComparison.Ordinal);

    /// <summary>The route with its id filled in; a parameter that is a word, not an id, gets a word the route knows.</summary>
    private static string Fill(string route, object id) =>
        RouteParameter().Replace(route.Replace("{KindText}", "notice", StringComparison.Ordinal), Convert.ToString(id, CultureInfo.InvariantCulture)!);

    /// <summary>The kind of record a route's id names: its longest known prefix.</summary>
    private static string KindOf(string route)
    {
        if (ExactRouteKinds.TryGetValue(route, out var exact))
        {
            return exact;
        }

        var prefix = RouteKinds.Keys.Where(k => route.StartsWith(k, StringComparison.Ordinal)).OrderByDescending(k => k.Length).FirstOrDefault();
        Assert.True(prefix is not null, $"No record kind known for route {route}: add it to {nameof(RouteKinds)}.");
        return RouteKinds[prefix!];
    }

    /// <summary>Routes that need a particular record of their kind.</summary>
    private static readonly Dictionary<string, string> ExactRouteKinds = new()
    {
        ["/activities/{id:long}/checkin-qr"] = "activity-with-code",
        ["/publicity/adoptions/{id:long}/clipping"] = "adoption-with-clipping",
    };

    /// <summary>Route prefix → the kind of record its id names.</summary>
    private static readonly Dictionary<string, string> RouteKinds = new()
    {
        ["/units/"] = "unit",
        ["/api/v1/units/"] = "unit",
        ["/committees/"] = "unit",
        ["/api/v1/committees/"] = "unit",
        ["/committees/positions/"] = "position",
        ["/api/v1/committees/positions/"] = "position",
        ["/admin/users/"] = "user",
        ["/admin/dictionaries/"] = "dictionary",
        ["/volunteers/"] = "volunteer",
        ["/api/v1/volunteers/"] = "volunteer",

        // An import token is not an id: a number is never a token, so the page answers 404.
        ["/volunteers/import/"] = "none",
        ["/training/"] = "training",
        ["/api/v1/training/"] = "training",
        ["/activities/"] = "activity",
        ["/api/v1/activities/"] = "activity",
        ["/activities/files/"] = "activity-file",

        // An upload's token is not an id, and names the uploader's file to them alone (PendingUploadTests).
        ["/uploads/"] = "none",
        ["/activities/certificates/"] = "certificate",
        ["/activities/certificate/"] = "volunteer",

        // A check-in code is not an id: a number is never a code.
        ["/api/v1/checkin/"] = "none",
        ["/correspondents/"] = "correspondent",
        ["/plans/"] = "plan",
        ["/plans/files/"] = "progress-file",
        ["/plans/tasks/"] = "task",
        ["/plans/assignments/"] = "assignment",
        ["/api/v1/plans/"] = "plan",
        ["/api/v1/plans/assignments/"] = "assignment",
        ["/documents/"] = "document",
        ["/stations/"] = "station",
        ["/api/v1/stations/"] = "station",
        ["/assessments/"] = "assessment",
        ["/api/v1/assessments/"] = "assessment",
        ["/assessments/templates/"] = "template",
        ["/assessments/files/"] = "assessment-file",
        ["/api/v1/assessment-templates/"] = "template",
        ["/applications/"] = "application",
        ["/api/v1/applications/"] = "application",
        ["/enterprises/"] = "unit",
        ["/bases/"] = "base",
        ["/api/v1/education-bases/"] = "base",
        ["/care-cases/"] = "care-case",
        ["/api/v1/care-cases/"] = "care-case",
        ["/cafes/"] = "cafe",
        ["/cafes/inspections/"] = "inspection",
        ["/cafes/photos/"] = "inspection-photo",
        ["/water/photos/"] = "patrol-photo",
        ["/api/v1/cafes/"] = "cafe",
        ["/api/v1/patrols/"] = "patrol",
        ["/water/"] = "water",
        ["/water/patrols/"] = "patrol",
        ["/api/v1/water-bodies/"] = "water",
        ["/publicity/articles/"] = "article",
        ["/api/v1/articles/"] = "article",
        ["/publicity/images/"] = "article-image",
        ["/publicity/adoptions/"] = "adoption",
        ["/api/v1/publicity/bulletins/"] = "document",
        ["/notices/"] = "notice",
        ["/notices/files/"] = "notice-file",
        ["/api/v1/notices/"] = "notice",

        // The annual return's format is a word, not an id.
        ["/statistics/"] = "none",
        ["/api/v1/reports/"] = "report",
        ["/essays/"] = "contest",
        ["/api/v1/contests/"] = "contest",
        ["/journals/"] = "journal",
        ["/api/v1/journals/"] = "journal",
        ["/essays/images/"] = "submission-image",
        ["/api/v1/contests/images/"] = "submission-image",
        ["/journals/files/"] = "journal-file",
        ["/api/v1/journals/files/"] = "journal-file",
    };

    /// <summary>Kinds whose route hands out a stored file, which the records this test makes do not have.</summary>
    private static readonly HashSet<string> StoredFileKinds = ["article-image", "adoption-with-clipping", "inspection-photo", "patrol-photo", "submission-image"];

    /// <summary>Ids of the records this test made (see <see cref="RecordIdsAsync"/>).</summary>
    private static readonly HashSet<(string Kind, long Id)> Made = [];

    /// <summary>Routes whose own-record answer is not the policy's alone, and why.</summary>
    private static readonly Dictionary<string, string> OwnRecordExceptions = new()
    {
        // A care case is read by a case worker of its own station only, never by the levels above.
        ["/care-cases/{Id:long}"] = "CareCaseAccess",
        ["/care-cases/{Id:long}/access"] = "CareCaseAccess",
        ["/api/v1/care-cases/{id:long}"] = "CareCaseAccess",

        // A company's care records are read by its own unit and its town's officer only; the unit walked is rarely a company.
        ["/enterprises/{Id:long}/care"] = "EmployeeCareAccess",

        // The blind sheet opens for a judge named for the contest only.
        ["/essays/{Id:long}/judge"] = "named judges",

        // The named certificates and lists of winners are for the organiser (and the units below it), not the district
        // that sees a town's contest through its scope (EssayAuthors; EssayAuthorPrivacyTests).
        ["/essays/{id:long}/certificates.docx"] = "EssayAuthors",
        ["/essays/{id:long}/recommendation.docx"] = "EssayAuthors",
        ["/essays/{id:long}/recommendation.xlsx"] = "EssayAuthors",

        // A 内刊's file prints the pupils' bylines: it opens to those who may see every name in it (EssayAuthors).
        ["/journals/{id:long}/file.docx"] = "EssayAuthors",
        ["/journals/{id:long}/file.pdf"] = "EssayAuthors",
        ["/journals/files/{id:long}"] = "EssayAuthors",
        ["/api/v1/journals/{id:long}/docx"] = "EssayAuthors",
        ["/api/v1/journals/{id:long}/pdf"] = "EssayAuthors",
        ["/api/v1/journals/files/{id:long}"] = "EssayAuthors",

        // Two ids (contest and piece): the walk fills both with one.
        ["/essays/{ContestId:long}/submissions/{Id:long}"] = "two ids",
    };

    /// <summary>Per record kind, the id of one record under <paramref name="insidePath"/> and not under <paramref name="outsidePath"/> (null when there is none).</summary>
    private async Task<Dictionary<string, long?>> RecordIdsAsync(Features.Organization.Unit owner, string insidePath, string? outsidePath)
    {
        Task<long?> First<T>(Func<Web.Infrastructure.Data.GuangongDbContext, IQueryable<T>> set)
            where T : class, Web.Infrastructure.Scoping.IUnitOwned =>
            App.WithDbAsync(db => set(db)
                .Where(x => x.UnitPath.StartsWith(insidePath) && (outsidePath == null || !x.UnitPath.StartsWith(outsidePath)))
                .OrderBy(x => EF.Property<long>(x, "Id"))
                .Select(x => (long?)EF.Property<long>(x, "Id"))
                .FirstOrDefaultAsync());

        var ids = new Dictionary<string, long?>
        {
            ["none"] = null,
            ["unit"] = await App.WithDbAsync(db => db.Units
                .Where(u => u.Path.StartsWith(insidePath) && (outsidePath == null || !u.Path.StartsWith(outsidePath)))
                .OrderBy(u => u.Path).Select(u => (long?)u.Id).FirstOrDefaultAsync()),
            ["user"] = await First(db => db.Users),
            ["dictionary"] = await App.WithDbAsync(db => db.DictionaryItems.Select(d => (long?)d.Id).FirstAsync()),
            ["position"] = await First(db => db.LeadershipPositions),
            ["volunteer"] = await First(db => db.Volunteers),
            ["training"] = await First(db => db.TrainingSessions),
            ["activity"] = await First(db => db.Activities),
            ["activity-with-code"] = await First(db => db.Activities.Where(a => a.CheckInCode != null)),
            ["activity-file"] = await First(db => db.ActivityFiles),
            ["correspondent"] = await First(db => db.Correspondents),
            ["plan"] = await First(db => db.WorkPlans),
            ["progress-file"] = await First(db => db.ProgressFiles),
            ["task"] = await First(db => db.PlanTasks),
            ["assignment"] = await First(db => db.TaskAssignments),
            ["station"] = await First(db => db.Stations),
            ["assessment"] = await First(db => db.Assessments),
            ["assessment-file"] = await First(db => db.AssessmentFiles),
            ["template"] = await First(db => db.AssessmentTemplates),
            ["application"] = await First(db => db.StationApplications),
            ["base"] = await First(db => db.EducationBases),
            ["care-case"] = await First(db => db.CareCases),
            ["cafe"] = await First(db => db.InternetCafes),
            ["patrol"] = await First(db => db.Patrols),
            ["inspection"] = await First(db => db.CafeInspections),
            ["inspection-photo"] = await First(db => db.SafetyPhotos.Where(p => p.Of == Features.Safety.Photos.PhotoOf.CafeInspection)),
            ["patrol-photo"] = await First(db => db.SafetyPhotos.Where(p => p.Of == Features.Safety.Photos.PhotoOf.Patrol)),
            ["water"] = await First(db => db.WaterBodies),
            ["certificate"] = await First(db => db.ServiceCertificates),
            ["document"] = await First(db => db.IssuedDocuments),
            ["article"] = await First(db => db.Articles),
            ["article-image"] = await First(db => db.ArticleImages),
            ["adoption"] = await First(db => db.Adoptions),
            ["adoption-with-clipping"] = await First(db => db.Adoptions.Where(a => a.ClippingKey != null)),

            ["report"] = await First(db => db.ReportPeriods),
            ["contest"] = await First(db => db.Contests),
            ["journal"] = await First(db => db.Journals),
            ["journal-file"] = await First(db => db.JournalFiles),
            ["submission-image"] = await First(db => db.SubmissionImages),

            // A notice and its attachments are read by the units it was sent to: none of those may lie in the user's own unit.
            ["notice"] = await First(db => db.Notices.Where(n => outsidePath == null || !db.NoticeRecipients.Any(r => r.NoticeId == n.Id && r.UnitPath.StartsWith(outsidePath)))),
            ["notice-file"] = await First(db => db.NoticeFiles.Where(f => outsidePath == null
                || !db.NoticeRecipients.Any(r => (r.NoticeId == f.NoticeId || r.Id == f.RecipientId) && r.UnitPath.StartsWith(outsidePath)))),
        };

        // Kinds the demo does not hold everywhere get one record of the owner's.
        var serial = Random.Shared.Next(1000, 9999);
        var ownerUser = await App.WithDbAsync(db => db.Users.Where(u => u.UnitPath.StartsWith(owner.Path)).Select(u => (long?)u.Id).FirstOrDefaultAsync()) ?? 1;
        await App.WithDbAsync(async db =>
        {
            if (ids["correspondent"] is null)
            {
                var added = new Features.Committees.Correspondent { UnitId = owner.Id, UnitPath = owner.Path, Name = owner.Name + "通讯员" };
                db.Correspondents.Add(added);
                await db.SaveChangesAsync();
                ids["correspondent"] = added.Id;
            }

            if (ids["base"] is null)
            {
                var added = new Features.Bases.EducationBase { UnitId = owner.Id, UnitPath = owner.Path, Category = Features.Bases.BaseCategory.RedSite };
                db.EducationBases.Add(added);
                await db.SaveChangesAsync();
                ids["base"] = added.Id;
            }

            if (ids["water"] is null)
            {
                var added = new Features.Safety.Water.WaterBody { UnitId = owner.Id, UnitPath = owner.Path, Name = owner.Name + "坑塘", Kind = Features.Safety.Water.WaterKind.Pond };
                db.Add(added);
                await db.SaveChangesAsync();
                ids["water"] = added.Id;
            }

            if (ids["document"] is null)
            {
                var issued = new Features.Documents.IssuedDocument
                {
                    UnitId = owner.Id, UnitPath = owner.Path, Kind = Features.Documents.DocumentKind.PlanNotice, Year = 2023, Sequence = serial, Number = $"关发〔2023〕{serial}号",
                    Title = owner.Name + "的通知", DocumentDate = new DateOnly(2023, 3, 1), Signer = owner.Name, FileName = "n.docx", Content = [1], Sha256 = "x", IssueKey = Guid.NewGuid().ToString("N"), IssuedBy = "matrix",
                };
                db.Add(issued);
                await db.SaveChangesAsync();
                ids["document"] = issued.Id;
            }

            if (ids["certificate"] is null && ids["volunteer"] is { } volunteer)
            {
                var paper = new Features.Activities.ServiceCertificate
                {
                    Number = $"2023-9999-{serial}", VolunteerId = volunteer, UnitId = owner.Id, UnitPath = owner.Path, PeriodStart = new DateOnly(2023, 1, 1), PeriodEnd = new DateOnly(2023, 12, 31),
                    IssuedBy = "matrix", Content = [1], IssueKey = Guid.NewGuid().ToString("N"),
                };
                db.Add(paper);
                await db.SaveChangesAsync();
                ids["certificate"] = paper.Id;
            }

            if (ids["article"] is null || ids["article-image"] is null || ids["adoption"] is null)
            {
                var outlet = new Features.Publicity.Outlet { UnitId = owner.Id, UnitPath = owner.Path, Name = "公众号" + Guid.NewGuid().ToString("N")[..6], Level = Features.Publicity.OutletLevel.Town, Kind = Features.Publicity.OutletKind.WeChat };
                var a = new Features.Publicity.Article { UnitId = owner.Id, UnitPath = owner.Path, Title = owner.Name + "的稿件", Kind = Features.Publicity.ArticleKind.Brief, Body = "正文。", WrittenOn = new DateOnly(2023, 3, 1), Status = Features.Publicity.ArticleStatus.Adopted, CreatedByUserId = ownerUser };
                a.Images.Add(new Features.Publicity.ArticleImage { UnitId = owner.Id, UnitPath = owner.Path, FileName = "a.jpg", StorageKey = Guid.NewGuid().ToString("N"), Width = 1, Height = 1 });
                a.Adoptions.Add(new Features.Publicity.Adoption { UnitId = owner.Id, UnitPath = owner.Path, Outlet = outlet, Date = new DateOnly(2023, 3, 2), Link = "https://example.org/", ClippingKey = Guid.NewGuid().ToString("N") });
                db.Add(a);
                await db.SaveChangesAsync();
                ids["article"] ??= a.Id;
                ids["article-image"] ??= a.Images[0].Id;
                ids["adoption"] ??= a.Adoptions[0].Id;
                ids["adoption-with-clipping"] ??= a.Adoptions[0].Id;
                lock (Made)
                {
                    Made.UnionWith([("article-image", a.Images[0].Id), ("adoption-with-clipping", a.Adoptions[0].Id)]);
                }
            }

            // Photos of the owner's inspection and patrol (rows only: the demo keeps no photo files).
            foreach (var (kind, of, record) in new[] { ("inspection-photo", Features.Safety.Photos.PhotoOf.CafeInspection, ids["inspection"]), ("patrol-photo", Features.Safety.Photos.PhotoOf.Patrol, ids["patrol"]) })
            {
                if (ids[kind] is null && record is { } recordId)
                {
                    var path = of == Features.Safety.Photos.PhotoOf.Patrol
                        ? await db.Patrols.Where(p => p.Id == recordId).Select(p => new { p.UnitId, p.UnitPath }).SingleAsync()
                        : await db.CafeInspections.Where(i => i.Id == recordId).Select(i => new { i.UnitId, i.UnitPath }).SingleAsync();
                    var photo = new Features.Safety.Photos.SafetyPhoto
                    {
                        Of = of, RecordId = recordId, UnitId = path.UnitId, UnitPath = path.UnitPath, FileName = "p.jpg", ContentType = "image/jpeg", StorageKey = Guid.NewGuid().ToString("N"), CreatedUtc = DateTime.UtcNow,
                    };
                    db.Add(photo);
                    await db.SaveChangesAsync();
                    ids[kind] = photo.Id;
                    lock (Made)
                    {
                        Made.Add((kind, photo.Id));
                    }
                }
            }

            // A piece's picture (the demo's pieces have none): on a piece of the owner's, when there is one.
            if (ids["submission-image"] is null
                && await db.Submissions.Where(x => x.UnitPath.StartsWith(insidePath) && (outsidePath == null || !x.UnitPath.StartsWith(outsidePath))).OrderBy(x => x.Id).FirstOrDefaultAsync() is { } piece)
            {
                var picture = new Features.Essays.SubmissionImage { SubmissionId = piece.Id, UnitId = piece.UnitId, UnitPath = piece.UnitPath, FileName = "p.jpg", StorageKey = Guid.NewGuid().ToString("N"), Width = 1, Height = 1 };
                db.Add(picture);
                await db.SaveChangesAsync();
                ids["submission-image"] = picture.Id;
                lock (Made)
                {
                    Made.Add(("submission-image", picture.Id));
                }
            }

            return 0;
        });
        return ids;
    }

    private async Task<(HttpClient Page, HttpClient Api)> ClientsAsync(string userName)
    {
        var page = await App.SignedInAsync(userName);
        var api = await App.ApiClientAsync(userName);
        return (page, api);
    }

    private Task<HashSet<string>> RolesAsync(string userName) =>
        App.WithDbAsync(async db => (await db.UserRoles
            .Join(db.Users.Where(u => u.UserName == userName), r => r.UserId, u => u.Id, (r, _) => r.RoleId)
            .Join(db.Roles, id => id, r => r.Id, (_, r) => r.Name!)
            .ToListAsync()).ToHashSet());

    /// <summary>Every table but those a request writes by itself (sessions, the audit trail, sign-in records).</summary>
    private async Task<Dictionary<string, string>> ChecksumsAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(App.Database.ConnectionString);
        return await TableChecksums.OfAsync(connection, "AuditEntries", "UserSessions", "AspNetUsers");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
