using System.Net;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Committees;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Security;

/// <summary>The write guard trusts no path it is given, and set-based updates pass the same guard and leave audit entries.</summary>
public abstract class WriteGuardTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_records_path_is_derived_from_its_unit_not_taken_as_given()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var village = await App.UnitAsync("焦溪村关工委");
        var other = await App.UnitAsync("舜山村关工委");

        var id = await App.WithDbAsync(async db =>
        {
            var c = new Correspondent { UnitId = village.Id, UnitPath = other.Path, Name = "路径测试" };
            db.Correspondents.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        }, town.Id, town.Path);

        var saved = await App.WithDbAsync(db => db.Correspondents.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(village.Path, saved.UnitPath);
    }

    [Fact]
    public async Task A_record_of_another_town_carrying_ones_own_path_is_refused()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var foreign = await App.UnitAsync("乌审召镇关工委");
        var name = $"越权{Guid.NewGuid():N}"[..10];

        await Assert.ThrowsAsync<ScopeViolationException>(() => App.WithDbAsync(async db =>
        {
            db.Correspondents.Add(new Correspondent { UnitId = foreign.Id, UnitPath = town.Path, Name = name });
            return await db.SaveChangesAsync();
        }, town.Id, town.Path));

        Assert.False(await App.WithDbAsync(db => db.Correspondents.AnyAsync(c => c.Name == name)));
    }

    [Fact]
    public async Task A_reader_changes_no_record_of_a_unit_whatever_page_sends_it()
    {
        // 上级查看 (tianning) saw no form on the annual return, yet its post saved 777 lectures into 郑陆's return.
        var district = await App.UnitAsync("天宁区关工委");
        var town = await App.UnitAsync("郑陆镇关工委");
        var reader = await App.SignedInAsync("tianning");
        var form = new Dictionary<string, string> { ["Typed[typed.lectures]"] = "777" };
        var refused = WebUtility.HtmlDecode(await (await reader.PostFormAsync($"/statistics/annual?unit={town.Id}&year=2021", "annual-typed", form)).Content.ReadAsStringAsync());
        Assert.Contains("只有本单位的填报人员可以填写这份年报。", refused);
        Assert.DoesNotContain("value=\"777\"", WebUtility.HtmlDecode(await (await App.SignedInAsync("zhenglu")).GetStringAsync($"/statistics/annual?unit={town.Id}&year=2021")));

        // Whatever a page forgets, the write guard refuses a reader's change to a unit's record…
        var name = $"只读{Guid.NewGuid():N}"[..10];
        await Assert.ThrowsAsync<ScopeViolationException>(() => App.WithDbAsync(async db =>
        {
            db.Scope.OnlyRead();
            db.Correspondents.Add(new Correspondent { UnitId = district.Id, Name = name });
            return await db.SaveChangesAsync();
        }, district.Id, district.Path));
        Assert.False(await App.WithDbAsync(db => db.Correspondents.AnyAsync(c => c.Name == name)));

        // …but not what a reader writes as they read: their own account (elder mode).
        Assert.Equal(1, await App.WithDbAsync(async db =>
        {
            db.Scope.OnlyRead();
            var me = await db.Users.SingleAsync(u => u.UserName == "tianning");
            me.ElderMode = !me.ElderMode;
            var saved = await db.SaveChangesAsync();
            me.ElderMode = !me.ElderMode;
            await db.SaveChangesAsync();
            return saved;
        }, district.Id, district.Path));
    }

    [Fact]
    public async Task Moving_a_record_to_another_unit_moves_its_path_too()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var village = await App.UnitAsync("焦溪村关工委");
        var other = await App.UnitAsync("舜山村关工委");
        var id = await App.WithDbAsync(async db =>
        {
            var c = new Correspondent { UnitId = village.Id, Name = "换单位测试" };
            db.Correspondents.Add(c);
            await db.SaveChangesAsync();
            db.Entry(c).Property(x => x.UnitId).CurrentValue = other.Id;
            await db.SaveChangesAsync();
            return c.Id;
        }, town.Id, town.Path);

        Assert.Equal(other.Path, await App.WithDbAsync(db => db.Correspondents.Where(c => c.Id == id).Select(c => c.UnitPath).SingleAsync()));
    }

    [Fact]
    public async Task A_bulk_update_towards_a_path_outside_the_scope_is_refused()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var foreign = await App.UnitAsync("乌审召镇关工委");

        await Assert.ThrowsAsync<ScopeViolationException>(() => App.WithDbAsync(db => db.UpdateInScopeAsync(
            db.Correspondents.Where(c => c.UnitId == town.Id),
            s => s.SetProperty(c => c.UnitPath, foreign.Path),
            "test",
            foreign.Path), town.Id, town.Path));
    }

    [Fact]
    public async Task Moving_a_unit_audits_the_rewritten_paths_of_its_subtree()
    {
        var from = await App.UnitAsync("乌审召镇关工委");
        var to = await App.UnitAsync("乌审旗关工委");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var parent = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(from.Id, new UnitDraft($"审计移动{suffix}", UnitLevel.Village, UnitKind.Committee)));
        await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(parent.Id, new UnitDraft($"审计移动子{suffix}", UnitLevel.Village, UnitKind.School)));

        var moved = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(t => t.MoveAsync(parent.Id, parent.Version, to.Id));
        Assert.True(moved.Succeeded);

        var newPrefix = $"{to.Path}{parent.Id}/";
        var bulk = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Unit) && a.Action == AuditActions.Update && a.UnitPath == newPrefix)
            .Select(a => a.Changes).ToListAsync());
        Assert.Contains(bulk, c => c != null && c.Contains("批量修改1条", StringComparison.Ordinal));
    }
}

public sealed class WriteGuardTestsOnSqlite(SqliteAppFixture fixture) : WriteGuardTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class WriteGuardTestsOnPostgres(PostgresAppFixture fixture) : WriteGuardTests(fixture), IClassFixture<PostgresAppFixture>;
