using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.Safety.CareCases;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace Guangong.Web.Tests.Safety;

/// <summary>A care station of the test's own under 郑陆, its case worker, and cases put straight into the database.</summary>
internal static class CareStations
{
    public const string Password = "Known#Pass2026";

    public static async Task<Unit> StationAsync(this GuangongApp app, UnitKind kind = UnitKind.CareStationJustice)
    {
        var town = await app.UnitAsync("郑陆镇关工委");
        return await app.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"测试关爱站{Guid.NewGuid():N}"[..12], UnitLevel.Village, kind)));
    }

    public static async Task<string> UserAsync(this GuangongApp app, long unitId, string role = RoleNames.CaseWorker)
    {
        var userName = $"cw{Guid.NewGuid():N}"[..14];
        var outcome = await app.WithServiceAsync<UserAdministration, UserAdministration.Outcome>(a => a.CreateAsync(userName, "测试个案工作者", unitId, [role]));
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

    public static Task<long> CaseAsync(this GuangongApp app, Unit station, string minorName, CareCaseStatus status = CareCaseStatus.Open) =>
        app.WithDbAsync(async db =>
        {
            var c = new CareCase
            {
                UnitId = station.Id, UnitPath = station.Path, Kind = CareCaseKind.CommunityCorrection, OpenedOn = new DateOnly(2024, 3, 1),
                MinorName = minorName, BirthYear = 2010, School = "测试中学", Situation = "测试情况" + minorName, Status = status,
                ClosedOn = status == CareCaseStatus.Closed ? new DateOnly(2024, 6, 1) : null, CreatedUtc = DateTime.UtcNow,
            };
            db.CareCases.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
}
