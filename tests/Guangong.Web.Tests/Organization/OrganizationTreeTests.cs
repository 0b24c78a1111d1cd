using Guangong.Web.Features.Accounts;
using Guangong.Web.Features.Audit;
using Guangong.Web.Features.Organization;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Infrastructure.Scoping;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Organization;

/// <summary>The organization tree's commands against a real database; run once per provider.</summary>
public abstract class OrganizationTreeTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task An_officer_sees_only_their_town()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var tree = await App.WithServiceAsync<UnitDirectory, IReadOnlyList<UnitRow>>(d => d.TreeAsync(false), town.Id, town.Path);
        Assert.Contains(tree, u => u.Name == "乌审召小学");
        Assert.Contains(tree, u => u.Name == "查汗淖学校");
        Assert.DoesNotContain(tree, u => u.Name.Contains("郑陆", StringComparison.Ordinal));
        Assert.Equal("乌审召镇关工委", tree[0].Name);
        Assert.True(tree[0].DescendantCount >= 15);
    }

    [Fact]
    public async Task Create_places_the_unit_under_its_parent_and_audits_it()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var name = $"新建嘎查{Guid.NewGuid():N}"[..12];
        var result = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(
            t => t.TryCreateAsync(town.Id, new UnitDraft(name, UnitLevel.Village, UnitKind.Committee, "巴特尔", "13800001111")), town.Id, town.Path);

        Assert.True(result.Succeeded);
        var unit = result.Value!;
        Assert.Equal($"{town.Path}{unit.Id}/", unit.Path);
        Assert.Equal(town.Depth + 1, unit.Depth);
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(Unit) && a.EntityId == unit.Id.ToString() && a.Action == AuditActions.Create).SingleAsync());
        Assert.Contains(name, audit.Changes);
        Assert.Contains("ContactPerson", audit.Changes);
        Assert.StartsWith(town.Path, audit.UnitPath);
    }

    [Fact]
    public async Task Duplicate_sibling_names_and_bad_levels_are_refused_beside_their_fields()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var result = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(
            t => t.TryCreateAsync(town.Id, new UnitDraft("乌审召小学", UnitLevel.City, 0)), town.Id, town.Path);

        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Contains(result.Errors, e => e.Field == "Name" && e.Message.Contains("同名"));
        Assert.Contains(result.Errors, e => e.Field == "Level");
        Assert.Contains(result.Errors, e => e.Field == "Kind");
    }

    [Fact]
    public async Task Creating_under_a_unit_outside_the_scope_is_refused()
    {
        var school = await App.UnitAsync("乌审召小学");
        var otherTown = await App.UnitAsync("郑陆镇关工委");
        var result = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(
            t => t.TryCreateAsync(otherTown.Id, new UnitDraft("越权单位", UnitLevel.Village, UnitKind.Committee)), school.Id, school.Path);
        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Equal("ParentId", result.Errors.Single().Field);
    }

    [Fact]
    public async Task Moving_a_unit_carries_its_subtree_and_its_users()
    {
        var from = await App.UnitAsync("乌审召镇关工委");
        var to = await App.UnitAsync("乌审旗关工委");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var parent = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(from.Id, new UnitDraft($"移动测试{suffix}", UnitLevel.Village, UnitKind.Committee)));
        var child = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(parent.Id, new UnitDraft($"移动测试子{suffix}", UnitLevel.Village, UnitKind.School)));
        var created = await App.WithServiceAsync<UserAdministration, UserAdministration.Outcome>(
            a => a.CreateAsync($"mv{suffix}", "移动测试用户", child.Id, [RoleNames.Recorder]));
        Assert.True(created.Succeeded, string.Join(";", created.Errors));

        var moved = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(t => t.MoveAsync(parent.Id, parent.Version, to.Id));
        Assert.True(moved.Succeeded, string.Join(";", moved.Errors.Select(e => e.Message)));

        var newParentPath = $"{to.Path}{parent.Id}/";
        var childNow = await App.WithDbAsync(db => db.Units.SingleAsync(u => u.Id == child.Id));
        Assert.Equal($"{newParentPath}{child.Id}/", childNow.Path);
        Assert.Equal(to.Depth + 2, childNow.Depth);
        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == created.UserId));
        Assert.Equal(childNow.Path, user.UnitPath);
    }

    [Fact]
    public async Task A_unit_cannot_move_under_its_own_descendant()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var village = await App.UnitAsync("乌审召嘎查关工委");
        var result = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(t => t.MoveAsync(town.Id, town.Version, village.Id));
        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Contains("下级", result.Errors.Single().Message);
    }

    [Fact]
    public async Task A_stale_save_is_a_conflict_that_shows_the_current_values()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var unit = await App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"并发{Guid.NewGuid():N}"[..10], UnitLevel.Village, UnitKind.Committee)));
        var version = (await App.WithDbAsync(db => db.Units.SingleAsync(u => u.Id == unit.Id))).Version;

        var first = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(t => t.UpdateAsync(unit.Id, version, new UnitDraft(unit.Name, UnitLevel.Village, UnitKind.Committee, "第一人")));
        var second = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(t => t.UpdateAsync(unit.Id, version, new UnitDraft(unit.Name, UnitLevel.Village, UnitKind.Committee, "第二人")));

        Assert.True(first.Succeeded);
        Assert.Equal(CommandStatus.Conflict, second.Status);
        Assert.Equal("第一人", second.Value!.ContactPerson);
        Assert.Contains("该记录已被他人修改", second.Errors.Single().Message);
        var saved = await App.WithDbAsync(db => db.Units.SingleAsync(u => u.Id == unit.Id));
        Assert.Equal("第一人", saved.ContactPerson);
    }

    [Fact]
    public async Task The_database_refuses_a_concurrent_write_that_slipped_past_the_version_check()
    {
        var unit = await App.UnitAsync("巴音敖包嘎查关工委");
        await App.WithDbAsync<int>(async db =>
        {
            var loaded = await db.Units.SingleAsync(u => u.Id == unit.Id);
            await App.WithDbAsync(other => other.Units.Where(u => u.Id == unit.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.Version, u => u.Version + 1)));
            loaded.Address = "并发地址";
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
            return 0;
        });
    }

    [Fact]
    public async Task A_unit_with_active_children_cannot_be_deactivated()
    {
        var town = await App.UnitAsync("乌审召镇关工委");
        var result = await App.WithServiceAsync<OrganizationTree, CommandResult<Unit>>(t => t.SetActiveAsync(town.Id, town.Version, false));
        Assert.Equal(CommandStatus.Invalid, result.Status);
        Assert.Contains("下级单位", result.Errors.Single().Message);
    }

    [Fact]
    public async Task The_write_guard_refuses_changes_outside_the_scope()
    {
        var school = await App.UnitAsync("乌审召小学");
        var other = await App.UnitAsync("郑陆镇关工委");
        await App.WithDbAsync<int>(async db =>
        {
            db.Attach(other);
            other.Address = "越权修改";
            await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
            return 0;
        }, school.Id, school.Path);
        var unchanged = await App.UnitAsync("郑陆镇关工委");
        Assert.Null(unchanged.Address);
    }

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_deleted()
    {
        await App.WithDbAsync<int>(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            entry.Action = "篡改";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            return 0;
        });
    }
}

public sealed class OrganizationTreeTestsOnSqlite(SqliteAppFixture fixture) : OrganizationTreeTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class OrganizationTreeTestsOnPostgres(PostgresAppFixture fixture) : OrganizationTreeTests(fixture), IClassFixture<PostgresAppFixture>;
