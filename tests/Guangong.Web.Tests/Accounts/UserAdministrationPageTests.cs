using System.Net;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Infrastructure.Commands;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Accounts;

/// <summary>The administrator's account pages through real form posts; run once per provider.</summary>
public abstract partial class UserAdministrationPageTests(AppFixture fixture)
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Creating_an_account_shows_a_one_time_password_that_must_be_changed()
    {
        var school = await App.UnitAsync("乌审召小学");
        var admin = await App.SignedInAsync("admin");
        var userName = $"new{Guid.NewGuid():N}"[..12];
        var fields = new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "新联络员",
            ["Input.UnitId"] = school.Id.ToString(),
        };
        for (var i = 0; i < RoleNames.All.Count; i++)
        {
            fields[$"Input.Roles[{i}].Name"] = RoleNames.All[i].Name;
        }

        fields["Input.Roles[2].Selected"] = "true";
        var response = await admin.PostFormAsync("/admin/users/new", "user-create", fields);
        var html = await response.Content.ReadAsStringAsync();
        var password = OneTimePassword().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(password), "the page shows the one-time password");
        Assert.Matches("^[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}-[a-km-np-z2-9]{4}$", password); // read out by phone, typed without shift

        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == userName));
        Assert.Equal(school.Id, user.HomeUnitId);
        Assert.Equal(school.Path, user.UnitPath);
        Assert.True(user.MustChangePassword);
        var roles = await App.WithServiceAsync<Microsoft.AspNetCore.Identity.UserManager<AppUser>, IList<string>>(m => m.GetRolesAsync(user));
        Assert.Equal([RoleNames.Recorder], roles);

        var client = App.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, WebUtility.HtmlDecode(password))).StatusCode);
        Assert.Equal("/account/change-password", (await client.GetAsync("/units")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_name_already_taken_is_said_beside_the_name()
    {
        var admin = await App.SignedInAsync("admin");
        var school = await App.UnitAsync("乌审召小学");
        var fields = new Dictionary<string, string> { ["Input.UserName"] = "zl-school", ["Input.DisplayName"] = "重名", ["Input.UnitId"] = school.Id.ToString() };
        for (var i = 0; i < RoleNames.All.Count; i++)
        {
            fields[$"Input.Roles[{i}].Name"] = RoleNames.All[i].Name;
        }

        fields["Input.Roles[2].Selected"] = "true";
        var html = WebUtility.HtmlDecode(await (await admin.PostFormAsync("/admin/users/new", "user-create", fields)).Content.ReadAsStringAsync());
        Assert.Contains("<div class=\"validation-message\">用户名“zl-school”已被使用。</div>", html);
        Assert.DoesNotContain("alert-danger", html);
    }

    [Fact]
    public async Task An_account_needs_a_role_and_a_valid_name()
    {
        var admin = await App.SignedInAsync("admin");
        var response = await admin.PostFormAsync("/admin/users/new", "user-create", new Dictionary<string, string>
        {
            ["Input.UserName"] = "含空格 的名字",
            ["Input.DisplayName"] = string.Empty,
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名只能包含", html);
        Assert.Contains("请填写姓名", html);

        // 全部单位 is for administrators: a 基层联络员 of no unit was created and saw nothing.
        var userName = $"nounit{Guid.NewGuid():N}"[..12];
        var fields = new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.DisplayName"] = "无单位联络员", ["Input.UnitId"] = string.Empty };
        for (var i = 0; i < RoleNames.All.Count; i++)
        {
            fields[$"Input.Roles[{i}].Name"] = RoleNames.All[i].Name;
        }

        fields["Input.Roles[2].Selected"] = "true";
        var refused = await (await admin.PostFormAsync("/admin/users/new", "user-create", fields)).Content.ReadAsStringAsync();
        Assert.Contains("只有系统管理员可以不属于任何单位", refused);
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName)));
    }

    [Fact]
    public async Task Changing_roles_ends_the_users_sessions()
    {
        var client = await App.SignedInAsync("wsz-reporter");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var reporter = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "wsz-reporter"));
        var admin = await App.SignedInAsync("admin");
        var fields = new Dictionary<string, string>
        {
            ["Input.UserName"] = "wsz-reporter",
            ["Input.DisplayName"] = reporter.DisplayName,
            ["Input.UnitId"] = reporter.HomeUnitId!.Value.ToString(),
        };
        for (var i = 0; i < RoleNames.All.Count; i++)
        {
            fields[$"Input.Roles[{i}].Name"] = RoleNames.All[i].Name;
            if (RoleNames.All[i].Name is RoleNames.Correspondent or RoleNames.Volunteer)
            {
                fields[$"Input.Roles[{i}].Selected"] = "true";
            }
        }

        var saved = await admin.PostFormAsync($"/admin/users/{reporter.Id}", "user-edit", fields);
        Assert.Contains("已保存", await saved.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_unlocks_a_locked_account()
    {
        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "wsz-elder"));
        await App.WithServiceAsync<Microsoft.AspNetCore.Identity.UserManager<AppUser>, bool>(async m =>
        {
            var u = (await m.FindByIdAsync(user.Id.ToString()))!;
            await m.SetLockoutEndDateAsync(u, DateTimeOffset.UtcNow.AddMinutes(15));
            return true;
        });
        Assert.Equal(HttpStatusCode.OK, (await App.Browser().LoginAsync("wsz-elder", HttpSession.DemoPassword)).StatusCode);

        var admin = await App.SignedInAsync("admin");
        var page = await admin.GetStringAsync($"/admin/users/{user.Id}");
        Assert.Contains("已锁定", page);
        var unlocked = await admin.PostFormAsync($"/admin/users/{user.Id}", "user-unlock", new Dictionary<string, string>());
        Assert.Contains("已解除锁定", await unlocked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await App.Browser().LoginAsync("wsz-elder", HttpSession.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task The_one_administrator_of_every_unit_can_be_neither_disabled_nor_demoted()
    {
        // Without it no one could manage accounts but from the server's console.
        var id = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync());
        var disabled = await App.WithServiceAsync<UserAdministration, UserAdministration.Outcome>(async a => await a.SetDisabledAsync((await a.FindAsync(id))!, true));
        Assert.False(disabled.Succeeded);
        Assert.Contains("唯一一个管理全部单位的系统管理员", disabled.Errors[0].Message);
        var demoted = await App.WithServiceAsync<UserAdministration, UserAdministration.Outcome>(async a => await a.UpdateAsync((await a.FindAsync(id))!, "系统管理员", null, [RoleNames.Viewer]));
        Assert.False(demoted.Succeeded);
        var admin = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == id));
        Assert.False(admin.IsDisabled);
        Assert.True(await App.WithServiceAsync<Microsoft.AspNetCore.Identity.UserManager<AppUser>, bool>(m => m.IsInRoleAsync(admin, RoleNames.Administrator)));
    }

    [Fact]
    public async Task A_town_administrator_manages_only_accounts_of_the_town()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        var created = await App.WithServiceAsync<UserAdministration, UserAdministration.Outcome>(
            a => a.CreateAsync($"zladm{Guid.NewGuid():N}"[..12], "郑陆管理员", town.Id, [RoleNames.Administrator]));
        Assert.True(created.Succeeded);
        var otherTownUser = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "wushenzhao"));

        var denied = await App.WithServiceAsync<UserAdministration, AppUser?>(a => a.FindAsync(otherTownUser.Id), town.Id, town.Path);
        Assert.Null(denied);
        var own = await App.WithServiceAsync<UserAdministration, AppUser?>(a => a.FindAsync(created.UserId!.Value), town.Id, town.Path);
        Assert.NotNull(own);
        var platformWide = await App.WithServiceAsync<UserAdministration, UserAdministration.Outcome>(
            a => a.UpdateAsync(own!, "郑陆管理员", null, [RoleNames.Administrator]), town.Id, town.Path);
        Assert.False(platformWide.Succeeded);
        Assert.Contains(new FieldError(UserAdministration.UnitField, "请选择所属单位。"), platformWide.Errors);
    }

    [GeneratedRegex("data-testid=\"one-time-password\">([^<]+)<")]
    private static partial Regex OneTimePassword();
}

public sealed class UserAdministrationPageTestsOnSqlite(SqliteAppFixture fixture) : UserAdministrationPageTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class UserAdministrationPageTestsOnPostgres(PostgresAppFixture fixture) : UserAdministrationPageTests(fixture), IClassFixture<PostgresAppFixture>;
