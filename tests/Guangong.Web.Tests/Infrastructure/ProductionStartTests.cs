using System.Net;
using Guangong.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Infrastructure;

public sealed class ProductionStartTests
{
    [Fact]
    public async Task Without_demo_data_only_an_administrator_with_a_one_time_password_exists()
    {
        await using var app = new GuangongApp(TestDatabase.Sqlite(), demo: false);
        _ = app.Server;
        var users = await app.WithDbAsync(db => db.Users.ToListAsync());
        var admin = Assert.Single(users);
        Assert.Equal("admin", admin.UserName);
        Assert.True(admin.MustChangePassword);
        Assert.Equal(0, await app.WithDbAsync(db => db.Units.CountAsync()));
        Assert.Equal(RoleNames.All.Count, await app.WithDbAsync(db => db.Roles.CountAsync()));
        Assert.True(await app.WithDbAsync(db => db.DictionaryItems.AnyAsync(d => d.Kind == "五老类别" && d.Value == "老教师")));

        var login = await app.Browser().GetStringAsync("/login");
        Assert.DoesNotContain("Demo@12345", login);
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().LoginAsync("admin", "Demo@12345")).StatusCode);
    }
}
