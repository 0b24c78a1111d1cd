using System.Net.Http.Json;
using System.Text.Json;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Committees;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Publicity;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Tests.Publicity;

/// <summary>
/// A town of the test's own under 乌审旗 (so no demo town is changed): a village, two officers,
/// a correspondent with an account, correspondents linked to the first officer and to nobody, and outlets.
/// </summary>
internal sealed record PublicityTown(Unit Town, Unit Village, string Officer, string OtherOfficer, string Reporter, long ReporterId, long OfficerAsAuthorId, long VillageAuthorId, long TownOutlet, long CityOutlet, long ProvinceOutlet)
{
    public const string Password = "Known#Pass2026";

    public static async Task<PublicityTown> CreateAsync(GuangongApp app)
    {
        var district = await app.UnitAsync("乌审旗关工委");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var town = await app.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft($"宣传镇{suffix}关工委", UnitLevel.Town, UnitKind.Committee)));
        var village = await app.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"宣传村{suffix}关工委", UnitLevel.Village, UnitKind.Committee)));
        var officer = await UserAsync(app, "pof" + suffix, town.Id, RoleNames.Officer);
        var other = await UserAsync(app, "poo" + suffix, town.Id, RoleNames.Officer);
        var reporter = await UserAsync(app, "por" + suffix, town.Id, RoleNames.Correspondent);
        var (officerId, reporterUserId) = (await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == officer).Id)), await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == reporter).Id)));
        async Task<long> Correspondent(Unit unit, string name, long? userId) => await app.WithDbAsync(async db =>
        {
            var c = new Correspondent { UnitId = unit.Id, UnitPath = unit.Path, Name = name, UserId = userId };
            db.Correspondents.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        var reporterId = await Correspondent(town, "宣传员", reporterUserId);
        var officerAsAuthor = await Correspondent(town, "干事兼通讯员", officerId);
        var villageAuthor = await Correspondent(village, "村通讯员", null);

        var api = await app.ApiClientAsync(officer, Password);
        async Task<long> Outlet(string name, OutletLevel level) => await app.WithDbAsync(async db =>
        {
            var o = new Outlet { UnitId = town.Id, UnitPath = town.Path, Name = name, Level = level, Kind = OutletKind.Website };
            db.Outlets.Add(o);
            await db.SaveChangesAsync();
            return o.Id;
        });
        return new PublicityTown(town, village, officer, other, reporter, reporterId, officerAsAuthor, villageAuthor,
            await Outlet("镇公众号" + suffix, OutletLevel.Town), await Outlet("市日报" + suffix, OutletLevel.City), await Outlet("省网站" + suffix, OutletLevel.Province));
    }

    /// <summary>An article through the API, in the given state: written by the reporter, reviewed by the other officer.</summary>
    public async Task<JsonElement> ArticleAsync(GuangongApp app, string written = "2023-05-10", string body = "第一段。\n\n第二段。", bool approve = true, long? firstAuthor = null, string? coAuthors = null, string kind = "Brief")
    {
        var reporter = await app.ApiClientAsync(Reporter, Password);
        var created = await reporter.PostAsJsonAsync("/api/v1/articles", new { title = "测试稿件" + Guid.NewGuid().ToString("N")[..4], kind, body, writtenOn = written, unitId = Village.Id.ToString(), firstAuthorId = (firstAuthor ?? VillageAuthorId).ToString(), coAuthorIds = coAuthors });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var article = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = article.GetProperty("id").GetInt64();
        var submitted = await reporter.PostAsJsonAsync($"/api/v1/articles/{id}/submit", new { version = article.GetProperty("version").GetInt64() });
        article = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        if (approve)
        {
            var reviewer = await app.ApiClientAsync(OtherOfficer, Password);
            var reviewed = await reviewer.PostAsJsonAsync($"/api/v1/articles/{id}/review", new { decision = "approve", version = article.GetProperty("version").GetInt64() });
            article = await reviewed.Content.ReadFromJsonAsync<JsonElement>();
        }

        return article;
    }

    internal static async Task<string> UserAsync(GuangongApp app, string userName, long unitId, string role)
    {
        var outcome = await app.WithServiceAsync<UserAdministration, UserAdministration.Outcome>(a => a.CreateAsync(userName, userName, unitId, [role]));
        Assert.True(outcome.Succeeded, string.Join(";", outcome.Errors));
        await app.WithServiceAsync<UserManager<AppUser>, bool>(async users =>
        {
            var user = (await users.FindByNameAsync(userName))!;
            await users.RemovePasswordAsync(user);
            await users.AddPasswordAsync(user, Password);
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
            return true;
        });
        return userName;
    }
}
