using System.Net;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Activities;

/// <summary>
/// The month calendar shows each day's latest few activities and links the rest to that day's list; the month's count is
/// every activity (issue 18.3: a district's month is thousands). Run once per provider.
/// </summary>
public abstract partial class CalendarTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_busy_day_shows_its_latest_activities_and_links_the_rest_to_the_days_list()
    {
        var village = await App.UnitAsync("焦溪村关工委");
        var day = new DateOnly(2025, 3, 12);
        var titles = Enumerable.Range(1, ActivityMonth.ShownPerDay + 3).Select(i => $"月历测试{i:D2}").ToList();
        await App.WithDbAsync(async db =>
        {
            var user = await db.Users.Where(u => u.UserName == "zl-jiaoxi").Select(u => u.Id).SingleAsync();
            foreach (var title in titles)
            {
                db.Activities.Add(new Activity { UnitId = village.Id, Title = title, Category = "关爱帮扶", Status = ActivityStatus.Completed, Date = day, CreatedByUserId = user });
                await db.SaveChangesAsync();
            }

            return 0;
        }, village.Id, village.Path);
        var inMonth = await App.WithDbAsync(db => db.Activities.CountAsync(a => a.UnitPath.StartsWith(village.Path) && a.Status != ActivityStatus.Draft && a.Date >= new DateOnly(2025, 3, 1) && a.Date <= new DateOnly(2025, 3, 31)));
        var onDay = await App.WithDbAsync(db => db.Activities.CountAsync(a => a.UnitPath.StartsWith(village.Path) && a.Status != ActivityStatus.Draft && a.Date == day));

        var officer = await App.SignedInAsync("zhenglu");
        var page = WebUtility.HtmlDecode(await officer.GetStringAsync($"/activities/calendar?month=2025-03&unit={village.Id}"));
        Assert.Contains($"2025年3月，<span class=\"text-nowrap\">共 {inMonth} 次活动</span>", page, StringComparison.Ordinal);
        var shown = titles.Where(t => page.Contains(t, StringComparison.Ordinal)).ToList();
        Assert.Equal(titles.TakeLast(ActivityMonth.ShownPerDay), shown);
        Assert.Contains($"另有{onDay - ActivityMonth.ShownPerDay}次，看当天全部", page, StringComparison.Ordinal);

        var link = DayLink().Match(page);
        Assert.True(link.Success);
        var list = WebUtility.HtmlDecode(await officer.GetStringAsync(link.Groups[1].Value));
        Assert.All(titles, t => Assert.Contains(t, list, StringComparison.Ordinal));
    }

    [GeneratedRegex("<a class=\"calendar-item calendar-more\" href=\"([^\"]+)\"")]
    private static partial Regex DayLink();
}

public sealed class CalendarTestsOnSqlite(SqliteAppFixture fixture) : CalendarTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class CalendarTestsOnPostgres(PostgresAppFixture fixture) : CalendarTests(fixture), IClassFixture<PostgresAppFixture>;
