using System.Text.RegularExpressions;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// The one door out of the data scope (<c>DataScope.ReadOutside</c>): every place that uses it, or
/// the raw <c>IgnoreQueryFilters</c>, is listed here, and what comes out of it never names another unit.
/// </summary>
public sealed partial class OutsideScopeTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    /// <summary>
    /// Every way out of the scope, as "file: what". A new entry is a design decision: say why in
    /// <c>OutsideReasons</c>, and add it here. IgnoreQueryFilters is for infrastructure only.
    /// </summary>
    private static readonly string[] AllowList =
    [
        "Features/Accounts/ApiTokenAuthenticationHandler.cs: ReadOutside(SessionCheck)",
        "Features/Accounts/OwnAccount.cs: ReadOutside(OwnAccount) x2",
        "Features/Accounts/AccountUnlockCommand.cs: ReadOutside(ServerConsole)",
        "Features/Accounts/PasswordSignIn.cs: ReadOutside(SignIn) x2",
        "Features/Accounts/SessionStore.cs: ReadOutside(SessionCheck)",
        "Features/Accounts/TwoFactorEnrolment.cs: ReadOutside(OwnAccount)",
        "Features/Assessments/TemplateCatalog.cs: ReadOutside(RulesFromAbove) x4",
        "Features/Activities/CheckInCodes.cs: ReadOutside(UniqueAcrossUnits)",
        "Features/Activities/HourLedger.cs: ReadOutside(VolunteerDayTotal)",
        "Features/Activities/Certificates.cs: ReadOutside(UniqueAcrossUnits)",
        "Features/Activities/CheckIn.cs: ReadOutside(CheckInByCode) x4",
        "Features/Activities/MyService.cs: ReadOutside(OwnServiceHours)",
        "Features/Activities/ServiceHourTotalsFollower.cs: ReadOutside(RollupUpkeep) x2",
        "Features/Committees/CommitteeDirectory.cs: ReadOutside(RulesFromAbove)",
        "Features/Essays/ContestDirectory.cs: ReadOutside(ContestsFromAbove) x2",
        "Features/Essays/ContestDirectory.cs: ReadOutside(AssignedJudge) x4",
        "Features/Essays/JudgingCommands.cs: ReadOutside(AssignedJudge)",
        "Features/Essays/SubmissionBuilder.cs: ReadOutside(UniqueAcrossUnits)",
        "Features/Organization/OrganizationTree.cs: ReadOutside(ParentOfScopeRoot)",
        "Features/People/TownVolunteers.cs: ReadOutside(TownVolunteers) x3",
        "Features/Activities/ActivityDirectory.cs: ReadOutside(TownCategories)",
        "Features/Plans/PlanCommands.cs: ReadOutside(StillReferenced)",
        "Features/Plans/PlanCommands.cs: ReadOutside(PlanRemoval)",
        "Features/Privacy/VolunteerErasure.cs: ReadOutside(PersonErasure)",
        "Features/Publicity/AdoptionCommands.cs: ReadOutside(RulesFromAbove)",
        "Features/Publicity/PublicityScores.cs: ReadOutside(RulesFromAbove)",
        "Features/Publicity/OutletReach.cs: ReadOutside(OutletsFromAbove)",
        "Features/Publicity/PublicSite.cs: ReadOutside(PublicSite) x7",
        "Features/Statistics/Rollup/RollupFollower.cs: ReadOutside(RollupUpkeep)",
        "Features/Statistics/Rollup/RollupSubtreeCell.cs: ReadOutside(RollupUpkeep)",
        "Features/Statistics/Rollup/RosterSubtreeTally.cs: ReadOutside(RollupUpkeep)",
        "Features/Statistics/Rollup/RosterTallyFollower.cs: ReadOutside(RollupUpkeep)",
        "Features/Statistics/Rollup/TaskSubtreeTally.cs: ReadOutside(RollupUpkeep)",
        "Features/Statistics/Rollup/TaskTallyFollower.cs: ReadOutside(RollupUpkeep)",
        "Features/Statistics/AssignmentsAsOf.cs: ReadOutside(PlanYears) x2",
        "Infrastructure/Data/DatabaseStartup.cs: Widen() x3",
        "Infrastructure/Data/ScopeWriteGuard.cs: IgnoreQueryFilters() x1",
        "Infrastructure/Generation/GenerateCommand.cs: Widen() x1",
        "Infrastructure/Scoping/RequestContextMiddleware.cs: IgnoreQueryFilters() x3",
        "Infrastructure/Scoping/RequestContextMiddleware.cs: Widen() x1",
        "Infrastructure/Scoping/ScopedLookup.cs: IgnoreQueryFilters() x1",
    ];

    [Fact]
    public void Every_way_out_of_the_scope_is_on_the_allow_list()
    {
        var root = RepositoryFiles.Web;
        var found = new List<string>();
        foreach (var file in RepositoryFiles.WebSources("*.cs").Concat(RepositoryFiles.WebSources("*.razor")))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative == "Infrastructure/Scoping/DataScope.cs")
            {
                continue; // where the door is defined
            }

            var text = File.ReadAllText(file);
            found.AddRange(Door().Matches(text)
                .Select(m => m.Groups["reason"].Success ? $"ReadOutside({m.Groups["reason"].Value})" : m.Groups["raw"].Value + "()")
                .GroupBy(x => x)
                .Select(g => $"{relative}: {g.Key}" + (g.Key.StartsWith("ReadOutside", StringComparison.Ordinal) && g.Count() == 1 ? string.Empty : $" x{g.Count()}")));
        }

        var unexpected = found.Except(AllowList).ToList();
        var gone = AllowList.Except(found).ToList();
        Assert.True(unexpected.Count == 0, "Not on the allow-list (say why in OutsideReasons, then list it here):\n" + string.Join('\n', unexpected));
        Assert.True(gone.Count == 0, "On the allow-list but no longer in the code (remove it from the list):\n" + string.Join('\n', gone));
        Assert.DoesNotContain(found, f => f.StartsWith("Features/", StringComparison.Ordinal) && !f.Contains("ReadOutside", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Renaming_ones_own_town_does_not_reveal_whether_a_sibling_outside_the_scope_has_that_name()
    {
        var district = await App.UnitAsync("天宁区关工委");
        var sibling = $"青龙街道关工委{Guid.NewGuid():N}"[..12];
        await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(district.Id, new UnitDraft(sibling, UnitLevel.Town, UnitKind.Committee)));
        // A town of its own, so that renaming it leaves the demo towns other tests look up by name alone.
        var town = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(
            district.Id, new UnitDraft($"改名镇关工委{Guid.NewGuid():N}"[..12], UnitLevel.Town, UnitKind.Committee)));

        var result = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(
            t => t.UpdateAsync(town.Id, town.Version, new UnitDraft(sibling, town.Level, town.Kind)), town.Id, town.Path);

        Assert.DoesNotContain(result.Errors, e => e.Message.Contains("同名", StringComparison.Ordinal));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task An_activity_page_does_not_name_a_venue_outside_the_viewers_scope()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var foreign = await App.UnitAsync("乌审旗关工委");
        var activityId = await App.WithDbAsync(async db =>
        {
            var id = await db.Activities.Where(a => a.UnitPath.StartsWith(town.Path)).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
            await db.Activities.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.VenueUnitId, foreign.Id));
            return id;
        });

        var client = await App.SignedInAsync("zhenglu");
        var html = await client.GetStringAsync($"/activities/{activityId}");

        Assert.Contains("地点", html, StringComparison.Ordinal);
        Assert.DoesNotContain("乌审旗", html, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"ReadOutside\(\s*(?:OutsideReasons\.)?(?<reason>\w+)\s*\)|\.(?<raw>IgnoreQueryFilters|Elevate|Widen)\(\)")]
    private static partial Regex Door();
}
