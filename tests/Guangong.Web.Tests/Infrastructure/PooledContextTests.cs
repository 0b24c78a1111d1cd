using Guangong.Web.Features.People;
using Guangong.Web.Infrastructure.Data;
using Guangong.Web.Infrastructure.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Guangong.Web.Tests.Infrastructure;

/// <summary>
/// The app's database contexts come from EF Core's pool and go back to it after each request. A context carries the
/// request's data scope, so these check that what one request gave its context never reaches the next one: another
/// unit's scope reads with its own range, a reference kept past its request reads nothing, and tracked rows and
/// settings left behind are gone.
/// </summary>
public abstract class PooledContextTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Each_request_reads_with_its_own_scope_on_a_context_the_pool_hands_round()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        var wushenzhao = await App.UnitAsync("乌审召镇关工委");
        var expected = new Dictionary<string, int>
        {
            [zhenglu.Path] = await App.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().CountAsync(v => v.UnitPath.StartsWith(zhenglu.Path))),
            [wushenzhao.Path] = await App.WithDbAsync(db => db.Volunteers.IgnoreQueryFilters().CountAsync(v => v.UnitPath.StartsWith(wushenzhao.Path))),
        };
        Assert.All(expected.Values, count => Assert.True(count > 0));
        Assert.NotEqual(expected[zhenglu.Path], expected[wushenzhao.Path]);

        var seen = new Dictionary<GuangongDbContext, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < 12; i++)
        {
            var unit = i % 2 == 0 ? zhenglu : wushenzhao;
            await using var request = App.Services.CreateAsyncScope();
            var db = ContextAt(request, unit);
            seen[db] = seen.GetValueOrDefault(db) + 1;
            Assert.Equal(expected[unit.Path], await db.Volunteers.CountAsync());
            Assert.Same(request.ServiceProvider.GetRequiredService<DataScope>(), db.Scope);
        }

        // The pool handed the same contexts to requests of both towns (else this test proved nothing about it).
        Assert.Contains(seen.Values, uses => uses > 1);
    }

    [Fact]
    public async Task A_context_kept_past_its_request_reads_nothing()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        GuangongDbContext kept;
        await using (var request = App.Services.CreateAsyncScope())
        {
            kept = ContextAt(request, zhenglu);
            Assert.True(await kept.Volunteers.AnyAsync());
        }

        await Assert.ThrowsAnyAsync<Exception>(() => kept.Volunteers.AnyAsync());
    }

    [Fact]
    public async Task Rows_and_settings_a_request_left_on_its_context_do_not_reach_the_next()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        GuangongDbContext first;
        await using (var request = App.Services.CreateAsyncScope())
        {
            first = ContextAt(request, zhenglu);
            first.ChangeTracker.AutoDetectChangesEnabled = false;
            first.Volunteers.Add(new Volunteer { Name = "未保存", UnitId = zhenglu.Id, UnitPath = zhenglu.Path });
            (await first.Volunteers.FirstAsync()).Name = "改了没存";
        }

        // Requests after it (one of them gets the same context back) start clean.
        for (var i = 0; i < 4; i++)
        {
            await using var request = App.Services.CreateAsyncScope();
            var db = ContextAt(request, zhenglu);
            Assert.Empty(db.ChangeTracker.Entries());
            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
            Assert.Equal(0, await db.SaveChangesAsync());
        }

        Assert.False(await App.WithDbAsync(db => db.Volunteers.AnyAsync(v => v.Name == "未保存" || v.Name == "改了没存")));
    }

    [Fact]
    public async Task A_transaction_a_request_left_open_is_rolled_back_and_holds_nothing_for_the_next()
    {
        var zhenglu = await App.UnitAsync("郑陆镇关工委");
        await using (var request = App.Services.CreateAsyncScope())
        {
            var db = ContextAt(request, zhenglu);
            await db.Database.BeginTransactionAsync();
            db.Volunteers.Add(new Volunteer { Name = "未提交", UnitId = zhenglu.Id, UnitPath = zhenglu.Path, Ethnicity = "汉族", BirthYear = 1950 });
            await db.SaveChangesAsync();
        }

        // Each request after it writes at once (a transaction kept open on SQLite would hold the write lock).
        for (var i = 0; i < 4; i++)
        {
            await using var request = App.Services.CreateAsyncScope();
            var db = ContextAt(request, zhenglu);
            Assert.Null(db.Database.CurrentTransaction);
            var volunteer = await db.Volunteers.OrderBy(v => v.Id).FirstAsync();
            volunteer.Notes = $"第{i}次";
            Assert.Equal(1, await db.SaveChangesAsync());
        }

        Assert.False(await App.WithDbAsync(db => db.Volunteers.AnyAsync(v => v.Name == "未提交")));
    }

    /// <summary>A request's context, its scope set to the unit as the request middleware sets it.</summary>
    private static GuangongDbContext ContextAt(AsyncServiceScope request, Features.Organization.Unit unit)
    {
        request.ServiceProvider.GetRequiredService<DataScope>().Restrict(unit.Id, unit.Path);
        return request.ServiceProvider.GetRequiredService<GuangongDbContext>();
    }
}

public sealed class PooledContextTestsOnSqlite(SqliteAppFixture fixture) : PooledContextTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PooledContextTestsOnPostgres(PostgresAppFixture fixture) : PooledContextTests(fixture), IClassFixture<PostgresAppFixture>;
