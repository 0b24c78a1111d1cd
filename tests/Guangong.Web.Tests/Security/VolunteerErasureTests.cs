using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Committees;
using Guangong.Web.Features.People;
using Guangong.Web.Features.Privacy;
using Guangong.Web.Infrastructure.Auditing;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// Issue 19.7: a volunteer who has left is erased on request. Afterwards no text column of any
/// table holds their name, phone or notes (the audit trail included), while the row, its service
/// hours and every statistic stay exactly as they were; one audit entry says who erased and why.
/// </summary>
public abstract class VolunteerErasureTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Erasing_a_volunteer_who_left_leaves_no_personal_value_in_any_table_and_every_figure_as_it_was()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var (v, name, phone, note) = await VolunteerWithHistoryAsync(town);
        var officer = await App.SignedInAsync("zhenglu");
        var api = await App.ApiClientAsync("zhenglu");

        // The records that name the person, and the audited reads of their phone, are there before.
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/volunteers/{v.Id}")).StatusCode);
        Assert.Contains(name, WebUtility.HtmlDecode(await officer.GetStringAsync($"/volunteers/{v.Id}")));
        Assert.NotEmpty(await TextColumnsHoldingAsync(name));
        Assert.NotEmpty(await TextColumnsHoldingAsync(phone));

        var figures = await api.GetStringAsync($"/api/v1/statistics?unit={town.Id}&from=2020-01&to=2026-12");
        var hours = await HoursAsync(v.Id);
        var rollup = await RollupChecksumAsync();

        var page = await officer.GetStringAsync($"/volunteers/{v.Id}/erase");
        Assert.Contains("确认注销", WebUtility.HtmlDecode(page));
        var response = await officer.PostAsync($"/volunteers/{v.Id}/erase", new FormUrlEncodedContent(HtmlForm.Fields(page, "volunteer-erase")
            .With("Input.Reason", $"本人申请退出并要求删除个人信息（{name}）")));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(response.Headers.Location?.OriginalString ?? $"/volunteers/{v.Id}/erase")).StatusCode);

        foreach (var value in new[] { name, phone, note })
        {
            var left = await TextColumnsHoldingAsync(value);
            Assert.True(left.Count == 0, $"“{value}” is still in: " + string.Join(", ", left));
        }

        // The district's activity keeps its record, with the label where the name was.
        Assert.True(await App.WithDbAsync(db => db.Activities.AnyAsync(a => a.Title == VolunteerErasure.AnonymousName(v.Id) + "宣讲报告会")));

        var after = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().SingleAsync(x => x.Id == v.Id));
        Assert.Equal(VolunteerErasure.AnonymousName(v.Id), after.Name);
        Assert.Equal((v.BirthYear, v.Gender, v.Category, v.Layer, VolunteerStatus.Withdrawn), (after.BirthYear, after.Gender, after.Category, after.Layer, after.Status));
        Assert.Equal(hours, await HoursAsync(v.Id));
        Assert.Equal(rollup, await RollupChecksumAsync());
        Assert.Equal(figures, await api.GetStringAsync($"/api/v1/statistics?unit={town.Id}&from=2020-01&to=2026-12"));

        var erasures = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditScrubber.Action).ToListAsync());
        var entry = Assert.Single(erasures, a => a.EntityId == v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("zhenglu", entry.UserName);
        Assert.Contains("本人申请退出并要求删除个人信息", entry.Changes);

        // Erased once: the page says so, and the roster refuses to write the name back.
        Assert.Contains("个人信息已于", WebUtility.HtmlDecode(await officer.GetStringAsync($"/volunteers/{v.Id}/erase")));
        var erasedPage = WebUtility.HtmlDecode(await officer.GetStringAsync($"/volunteers/{v.Id}"));
        Assert.Contains("个人信息已按本人要求注销", erasedPage);
        foreach (var control in new[] { $"/volunteers/{v.Id}/edit", $"/volunteers/{v.Id}/export", "volunteer-status", "volunteer-visit" })
        {
            Assert.DoesNotContain(control, erasedPage); // offered no more: the roster would refuse them
        }

        var again = await api.PostAsJsonAsync($"/api/v1/volunteers/{v.Id}/erasure", new { reason = "再次", version = after.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains(VolunteerErasure.ErasedMessage, await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_volunteer_still_in_the_team_is_not_erased_and_nothing_changes()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var name = ChineseName.Unique("在册");
        var v = await CreateAsync(town, name, "13" + Random.Shared.NextInt64(100_000_000, 999_999_999));
        var api = await App.ApiClientAsync("zhenglu");
        var before = await TableChecksums.OfAsync(Connection(), "AuditEntries", "UserSessions", "RollupCells");

        var response = await api.PostAsJsonAsync($"/api/v1/volunteers/{v.Id}/erasure", new { reason = "本人申请", version = v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(VolunteerErasure.NotLeftMessage, await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await TableChecksums.OfAsync(Connection(), "AuditEntries", "UserSessions", "RollupCells"));
        var officer = await App.SignedInAsync("zhenglu");
        Assert.DoesNotContain("确认注销", WebUtility.HtmlDecode(await officer.GetStringAsync($"/volunteers/{v.Id}/erase")));
        Assert.DoesNotContain($"/volunteers/{v.Id}/erase", await officer.GetStringAsync($"/volunteers/{v.Id}"));

        // A recorder keeps the roster but may not erase.
        var recorder = await App.ApiClientAsync("wsz-school");
        Assert.Equal(HttpStatusCode.Forbidden, (await recorder.PostAsJsonAsync($"/api/v1/volunteers/{v.Id}/erasure", new { reason = "x", version = "1" })).StatusCode);
    }

    private async Task<(Volunteer V, string Name, string Phone, string Note)> VolunteerWithHistoryAsync(Features.Organization.Unit town)
    {
        var name = ChineseName.Unique("注销");
        var phone = "13" + Random.Shared.NextInt64(100_000_000, 999_999_999);
        var note = ChineseName.Unique("家住", 6);
        var v = await CreateAsync(town, name, phone, note);
        var roster = (Func<VolunteerRoster, Task<bool>> work) => App.WithServiceAsync(work, town.Id, town.Path);
        Assert.True(await roster(async r => (await r.AddVisitAsync(v.Id, new VisitInput { Date = "2025-03-01", VisitedBy = "干事", Health = "一般", Needs = note + "腿脚不便", FollowUp = "电话" + phone })).Succeeded));
        await App.WithDbAsync(async db =>
        {
            var activity = await db.Activities.Where(a => a.UnitPath.StartsWith(town.Path)).OrderBy(a => a.Id).FirstAsync();
            db.ServiceHourEntries.Add(new ServiceHourEntry
            {
                ActivityId = activity.Id, VolunteerId = v.Id, UnitId = activity.UnitId, Date = activity.Date, Tenths = 25,
                EnteredByUserId = 1, EnteredByName = name, Reason = "本人签到",
            });
            db.LeadershipPositions.Add(new LeadershipPosition { UnitId = town.Id, Role = "成员", PersonName = name, VolunteerId = v.Id, Phone = phone, IsFiveElder = true });

            // A recorder of the town wrote the person's name into the summary of an activity they served in.
            activity.Summary = (activity.Summary ?? string.Empty) + $"{name}老师讲了家乡的变化。";
            return await db.SaveChangesAsync();
        }, town.Id, town.Path);

        // The district, above the erasing officer's scope, held an activity the person served in and
        // named them in it; its audit entries belong to the district.
        var district = await App.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == town.ParentId));
        await App.WithDbAsync(async db =>
        {
            var activity = new Activity
            {
                UnitId = district.Id, UnitPath = district.Path, Title = $"{name}宣讲报告会", Category = "主题教育", Date = new DateOnly(2026, 11, 16),
                Partners = $"{name}所在老干部党支部", Summary = $"区关工委请{name}作宣讲。", CreatedByUserId = 1,
            };
            db.Activities.Add(activity);
            await db.SaveChangesAsync();
            db.ServiceHourEntries.Add(new ServiceHourEntry
            {
                ActivityId = activity.Id, VolunteerId = v.Id, UnitId = district.Id, Date = activity.Date, Tenths = 20,
                EnteredByUserId = 1, EnteredByName = "区干事", Reason = "活动记录人统一登记",
            });
            return await db.SaveChangesAsync();
        }, district.Id, district.Path);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.UnitPath == district.Path && a.Changes != null && a.Changes.Contains(name))));
        var current = await App.WithDbAsync(db => db.Volunteers.AsNoTracking().SingleAsync(x => x.Id == v.Id));
        Assert.True(await roster(async r => (await r.ChangeStatusAsync(v.Id, new StatusInput { Status = nameof(VolunteerStatus.Withdrawn), Date = "2025-06-01", Note = note + "迁居", Version = current.Version })).Succeeded));
        return (await App.WithDbAsync(db => db.Volunteers.AsNoTracking().SingleAsync(x => x.Id == v.Id)), name, phone, note);
    }

    private async Task<Volunteer> CreateAsync(Features.Organization.Unit town, string name, string phone, string? notes = null)
    {
        var result = await App.WithServiceAsync<VolunteerRoster, Guangong.Web.Infrastructure.Commands.CommandResult<Volunteer>>(r => r.CreateAsync(new VolunteerInput
        {
            Name = name, Gender = "男", BirthYear = "1950", Phone = phone, Category = "老教师", Layer = "骨干层", FormerUnit = notes is null ? null : notes + "中学",
            StatusDate = "2024-01-01", UnitId = town.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Notes = notes,
        }), town.Id, town.Path);
        Assert.True(result.Succeeded, string.Join("；", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    private Task<decimal> HoursAsync(long id) =>
        App.WithDbAsync(async db => (await db.ServiceHourEntries.AsNoTracking().Where(e => e.VolunteerId == id).Select(e => e.Tenths).ToListAsync()).Sum() / 10m);

    private async Task<string> RollupChecksumAsync() =>
        (await TableChecksums.OfAsync(Connection())).Single(t => t.Key == "RollupCells").Value;

    private DbConnection Connection() => App.Database.Provider == "Sqlite"
        ? new SqliteConnection(App.Database.ConnectionString)
        : new NpgsqlConnection(App.Database.ConnectionString);

    /// <summary>"table.column" of every text value in the database that contains <paramref name="value"/>.</summary>
    private async Task<List<string>> TextColumnsHoldingAsync(string value)
    {
        await using var connection = Connection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = connection is SqliteConnection
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i) && reader.GetValue(i) is string text && text.Contains(value, StringComparison.Ordinal))
                    {
                        found.Add($"{table}.{reader.GetName(i)}");
                    }
                }
            }
        }

        return found.Distinct().ToList();
    }
}

public sealed class VolunteerErasureTestsOnSqlite(SqliteAppFixture fixture) : VolunteerErasureTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class VolunteerErasureTestsOnPostgres(PostgresAppFixture fixture) : VolunteerErasureTests(fixture), IClassFixture<PostgresAppFixture>;
