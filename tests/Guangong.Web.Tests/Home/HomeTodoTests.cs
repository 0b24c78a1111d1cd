using Guangong.Web.Tests.Infrastructure;

namespace Guangong.Web.Tests.Home;

/// <summary>The home page's to-do offers only what the user's role can act on, with the demo notices in it.</summary>
public sealed class HomeTodoTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Theory]
    [InlineData("wsz-elder", "notices-unread,patrol-today", "articles-review,tasks-due,notices-reply,volunteers-visit,applications-review")]
    [InlineData("zhenglu", "notices-unread,notices-reply,articles-review,tasks-due,volunteers-visit,stations-inactive,applications-review", "")]
    [InlineData("tianning-gw", "applications-review,notices-unread", "")]
    [InlineData("tianning", "notices-unread", "notices-reply,tasks-due,articles-review,applications-review,patrol-today")]
    [InlineData("wsz-reporter", "notices-unread,articles-returned", "articles-review,volunteers-visit,tasks-due,notices-reply")]
    public async Task Each_role_sees_only_the_to_dos_it_can_act_on(string user, string shown, string hidden)
    {
        var home = await (await fixture.App.SignedInAsync(user)).GetStringAsync("/");
        foreach (var key in shown.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Contains($"data-todo=\"{key}\"", home);
        }

        foreach (var key in hidden.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.DoesNotContain($"data-todo=\"{key}\"", home);
        }
    }

    [Fact]
    public async Task The_district_notice_shows_at_the_town_as_unread_and_due_soon_and_the_elder_sees_the_banner_notice_and_todays_patrol()
    {
        var town = await (await fixture.App.SignedInAsync("zhenglu")).GetStringAsync("/");
        Assert.Contains("关于开展2025年度关工委工作统计的通知", town);
        Assert.Contains("即将到期", town);
        var elder = await (await fixture.App.SignedInAsync("wsz-elder")).GetStringAsync("/");
        Assert.Contains("关于组织五老志愿者参加冬季巡查的通知", elder);
        Assert.Contains("乌审召淖尔", elder);
    }
}
