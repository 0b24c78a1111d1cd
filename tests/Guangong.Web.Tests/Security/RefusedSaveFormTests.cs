using System.Net;
using Guangong.Web.Features.Activities;
using Guangong.Web.Infrastructure.Errors;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// Issue 19.8: a page form whose save the database refused (locked by another writer past the lock
/// timeout, or no room left) comes back as the same form, 503, with what was typed still in its
/// fields and the reason above it — not the error page, and nothing half-saved.
/// </summary>
public abstract class RefusedSaveFormTests(AppFixture fixture)
{
    protected GuangongApp App => fixture.App;

    /// <summary>Another connection holds a write lock while <paramref name="work"/> runs.</summary>
    protected abstract Task<T> WhileLockedAsync<T>(long volunteerId, Func<Task<T>> work);

    [Fact]
    public async Task A_volunteer_edit_refused_by_a_lock_shows_the_form_again_with_the_typed_values_and_saves_nothing()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var volunteer = await App.WithDbAsync(db => db.Volunteers.Where(v => v.UnitPath.StartsWith(town.Path)).OrderBy(v => v.Id).FirstAsync());
        await using var impatient = App.WithWebHostBuilder(b => b.UseSetting("Database:LockTimeoutSeconds", "1"));
        var officer = impatient.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await officer.LoginAsync("zhenglu", HttpSession.DemoPassword)).StatusCode);
        var url = $"/volunteers/{volunteer.Id}/edit";
        var page = await officer.GetStringAsync(url);
        var typed = volunteer.Name + "锁";
        var fields = HtmlForm.Fields(page, "volunteer-edit").With("Input.Name", typed).With("Input.Specialties", "锁住时填写的特长");

        var response = await WhileLockedAsync(volunteer.Id, () => officer.PostAsync(url, new FormUrlEncodedContent(fields)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var html = await response.HtmlAsync();
        RefusedSave.AssertMessageAboveForm(html, SaveRefusal.BusyMessage, "volunteer-edit");
        var again = HtmlForm.Fields(html, "volunteer-edit");
        Assert.Contains(new KeyValuePair<string, string>("Input.Name", typed), again);
        Assert.Contains(new KeyValuePair<string, string>("Input.Specialties", "锁住时填写的特长"), again);
        Assert.Equal(volunteer.Name, await App.WithDbAsync(db => db.Volunteers.Where(v => v.Id == volunteer.Id).Select(v => v.Name).SingleAsync()));

        // The same form, posted again once the lock is gone, saves.
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync(url, new FormUrlEncodedContent(again))).StatusCode);
        Assert.Equal(typed, await App.WithDbAsync(db => db.Volunteers.Where(v => v.Id == volunteer.Id).Select(v => v.Name).SingleAsync()));
    }
}

public sealed class RefusedSaveFormTestsOnSqlite(SqliteAppFixture fixture) : RefusedSaveFormTests(fixture), IClassFixture<SqliteAppFixture>
{
    protected override Task<T> WhileLockedAsync<T>(long volunteerId, Func<Task<T>> work) =>
        RefusedSave.WhileSqliteLockedAsync(App.Database.ConnectionString, work);

    [Fact]
    public async Task A_new_activity_refused_by_a_lock_keeps_what_was_typed_asks_for_the_photos_again_and_leaves_no_file()
    {
        var village = await App.UnitAsync("乌审召嘎查关工委");
        await using var impatient = App.WithWebHostBuilder(b => b.UseSetting("Database:LockTimeoutSeconds", "1"));
        var officer = impatient.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await officer.LoginAsync("wushenzhao", HttpSession.DemoPassword)).StatusCode);
        var title = "锁住时记录" + Guid.NewGuid().ToString("N")[..6];
        var files = FileCount();

        var response = await WhileLockedAsync(0, () => ActivityForms.PostAsync(officer, "/activities/new", "activity-create", ActivityFields(title, village.Id),
            [("photos", "现场.jpg", ActivityForms.Jpeg(200, 100))]));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var html = await response.HtmlAsync();
        RefusedSave.AssertMessageAboveForm(html, SaveRefusal.BusyMessage + " " + SaveRefusal.ReselectFiles, "activity-create");
        var again = HtmlForm.Fields(html, "activity-create");
        Assert.Contains(new KeyValuePair<string, string>("Input.Title", title), again);
        Assert.Contains(new KeyValuePair<string, string>("Input.Summary", "摘要：锁住时写下的内容"), again);
        Assert.Contains(new KeyValuePair<string, string>("Input.YouthReached", "31"), again);
        Assert.False(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == title)));
        Assert.Equal(files, FileCount());
    }

    [Fact]
    public async Task A_new_volunteer_refused_by_a_full_disk_says_so_on_the_form_with_the_typed_values()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        await using var full = App.WithWebHostBuilder(b => b.ConfigureServices(s => s.ConfigureDbContext<Guangong.Web.Infrastructure.Data.SqliteGuangongDbContext>(o => o.AddInterceptors(new DiskFull()))));
        var officer = full.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await officer.LoginAsync("zhenglu", HttpSession.DemoPassword)).StatusCode);
        var name = ChineseName.Unique("满盘");
        var page = await officer.GetStringAsync("/volunteers/new");
        var fields = HtmlForm.Fields(page, "volunteer-create").With("Input.Name", name).With("Input.UnitId", town.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Input.BirthYear", "1950").With("Input.Phone", "13700002222").With("Input.Category", "老教师").With("Input.Layer", "骨干层")
            .With("Input.Gender", "Female").With("Input.Ethnicity", "蒙古族").With("Input.Status", "Active");

        DiskFull.Armed = true;
        HttpResponseMessage response;
        try
        {
            response = await officer.PostAsync("/volunteers/new", new FormUrlEncodedContent(fields));
        }
        finally
        {
            DiskFull.Armed = false;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var html = await response.HtmlAsync();
        RefusedSave.AssertMessageAboveForm(html, SaveRefusal.FullMessage, "volunteer-create");
        var again = HtmlForm.Fields(html, "volunteer-create");
        Assert.Contains(new KeyValuePair<string, string>("Input.Name", name), again);
        Assert.Contains(new KeyValuePair<string, string>("Input.Phone", "13700002222"), again);
        Assert.False(await App.WithDbAsync(db => db.Volunteers.AnyAsync(v => v.Name == name)));
    }

    private int FileCount()
    {
        var files = Path.Combine(App.DataDirectory, "files");
        return Directory.Exists(files) ? Directory.GetFiles(files, "*", SearchOption.AllDirectories).Length : 0;
    }

    private static Dictionary<string, string> ActivityFields(string title, long unitId) => new()
    {
        ["Input.Title"] = title,
        ["Input.Category"] = "法治教育",
        ["Input.Status"] = "Completed",
        ["Input.Date"] = "2023-06-01",
        ["Input.UnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.YouthReached"] = "31",
        ["Input.Summary"] = "摘要：锁住时写下的内容",
        ["Input.OnBehalfReason"] = "活动记录人统一登记",
    };

    /// <summary>SQLITE_FULL on the next save, as a database on a full disk answers.</summary>
    private sealed class DiskFull : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
    {
        public static volatile bool Armed;

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
            Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken ct = default) =>
            Armed ? throw new DbUpdateException("save", new SqliteException("database or disk is full", 13)) : ValueTask.FromResult(result);
    }
}

public sealed class RefusedSaveFormTestsOnPostgres(PostgresAppFixture fixture) : RefusedSaveFormTests(fixture), IClassFixture<PostgresAppFixture>
{
    /// <summary>PostgreSQL waits for a lock rather than failing; the app's lock_timeout makes it give up.</summary>
    protected override async Task<T> WhileLockedAsync<T>(long volunteerId, Func<Task<T>> work)
    {
        var (table, id) = await App.WithDbAsync(db =>
        {
            var entity = db.Model.FindEntityType(typeof(Features.People.Volunteer))!;
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            return Task.FromResult((entity.GetTableName()!, entity.FindProperty("Id")!.GetColumnName(store)!));
        });
        await using var holder = new NpgsqlConnection(App.Database.ConnectionString);
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand($"SELECT 1 FROM \"{table}\" WHERE \"{id}\" = {volunteerId} FOR UPDATE", holder, transaction))
        {
            Assert.Equal(1, await command.ExecuteScalarAsync());
        }

        var result = await work();
        await transaction.RollbackAsync();
        return result;
    }
}
