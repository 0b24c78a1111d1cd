using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Security;

/// <summary>Sign-in as an attacker probes it: one answer and one pace for every failure, throttling by address, a way back in for the administrator.</summary>
public sealed class SignInTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task Unknown_name_wrong_password_and_disabled_account_get_the_same_words_at_the_same_pace()
    {
        var disabled = await App.WithServiceAsync<UserAdministration, string>(async admin =>
        {
            var unit = await App.UnitAsync("乌审召小学");
            var name = $"off{Guid.NewGuid():N}"[..12];
            var created = await admin.CreateAsync(name, "停用测试", unit.Id, [RoleNames.Recorder]);
            await admin.SetDisabledAsync((await admin.FindAsync(created.UserId!.Value))!, true);
            return name;
        });

        var answers = new List<(string Body, TimeSpan Took)>();
        foreach (var (user, password) in new[] { ("nobody-" + Guid.NewGuid().ToString("N")[..6], "Wrong#Pass2026"), ("wsz-reporter", "Wrong#Pass2026"), (disabled, "Wrong#Pass2026") })
        {
            var watch = Stopwatch.StartNew();
            var response = await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password });
            answers.Add((await response.Content.ReadAsStringAsync(), watch.Elapsed));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.All(answers, a => Assert.Contains(new SignInResult(SignInOutcome.Failed).Message, a.Body));
        Assert.All(answers, a => Assert.True(a.Took >= PasswordSignIn.FailureDuration - TimeSpan.FromMilliseconds(20), $"answered after {a.Took.TotalMilliseconds} ms"));
        var reporter = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "wsz-reporter"));
        Assert.Equal(1, reporter.AccessFailedCount);
        Assert.Equal(HttpStatusCode.OK, (await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "wsz-reporter", password = HttpSession.DemoPassword })).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_log_names_the_device_of_each_attempt()
    {
        // The login log (审计日志, 登录成功/登录失败) says from which device, in words: a stranger's computer stands out.
        const string android = "Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";
        const string windows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";
        async Task SignInAsync(string agent, string password)
        {
            var client = App.CreateClient();
            client.DefaultRequestHeaders.UserAgent.ParseAdd(agent);
            await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "wsz-school", password });
        }

        await SignInAsync(windows, "Wrong#Pass2026");
        await SignInAsync(android, HttpSession.DemoPassword);
        var log = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "wsz-school" && a.Entity == "AppUser").OrderByDescending(a => a.Id).Take(2).Select(a => a.Changes).ToListAsync());
        Assert.Equal("API令牌（安卓手机，Chrome浏览器）", log[0]);
        Assert.Equal("密码错误（Windows电脑，Edge浏览器）", log[1]);
        Assert.Equal("未提供设备信息", DeviceName.Of(null));
        Assert.Equal("苹果手机，微信里的浏览器", DeviceName.Of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40"));
    }

    [Fact]
    public async Task An_address_that_keeps_failing_must_wait_whatever_names_it_tries()
    {
        await using var app = App.WithWebHostBuilder(b => b.UseSetting("SignIn:FailuresPerAddress", "3"));
        for (var i = 0; i < 3; i++)
        {
            var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = $"guess{i}", password = "Wrong#Pass2026" });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "guess3", password = "Wrong#Pass2026" });
        var blocked = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "wsz-reporter", password = HttpSession.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, blocked.StatusCode);
        Assert.Contains(new SignInResult(SignInOutcome.Throttled).Message, await blocked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_administrator_locked_by_a_stranger_is_let_in_again_from_the_server()
    {
        for (var i = 0; i < PasswordSignIn.FailuresPerLockout; i++)
        {
            await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "Stranger#Guess1" });
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = HttpSession.DemoPassword })).StatusCode);

        var output = new StringWriter();
        Assert.Equal(0, await AccountUnlockCommand.RunAsync(App.Services, "admin", output, new StringWriter()));
        Assert.Contains("已解除", output.ToString());
        Assert.Equal(1, await AccountUnlockCommand.RunAsync(App.Services, "no-such-user", new StringWriter(), new StringWriter()));

        Assert.Equal(HttpStatusCode.OK, (await App.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = HttpSession.DemoPassword })).StatusCode);
        Assert.True(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == Features.Audit.AuditActions.Unlocked && a.UserName == "服务器控制台")));
    }

    [Theory]
    [InlineData("Password123")]
    [InlineData("Qwerty123456")]
    [InlineData("P@ssw0rd!2026")]
    [InlineData("Woaini@1314")]
    [InlineData("1qaz@WSX3edc")]
    [InlineData("Aa123456789!")]
    [InlineData("Abcdefghij1")]
    public void Well_known_passwords_are_refused(string password) => Assert.True(BaselinePasswordValidator.IsCommon(password));

    [Theory]
    [InlineData("Known#Pass2026")]
    [InlineData("Demo@12345")]
    [InlineData("巴图孟和@Nadam88")]
    public void Ordinary_passwords_pass(string password) => Assert.False(BaselinePasswordValidator.IsCommon(password));

    [Fact]
    public async Task A_password_typed_in_full_width_is_refused_with_what_to_do()
    {
        var result = await new BaselinePasswordValidator().ValidateAsync(null!, new AppUser { UserName = "qa-mix" }, "Ｑａ１２３４５６７８９！");
        Assert.Contains(result.Errors, e => e.Description == "密码中有全角字符，请把输入法切换到英文（半角）后重新输入。");
        Assert.True((await new BaselinePasswordValidator().ValidateAsync(null!, new AppUser { UserName = "qa-mix" }, "巴图孟和@Nadam88")).Succeeded);
    }
}
