using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Guangong.Web.Features.Accounts;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Accounts;

/// <summary>Two-step sign-in with an authenticator app: enrolment, the code step on the page and the API, recovery codes, and administrators who must use it.</summary>
public sealed partial class TwoFactorTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task An_officer_turns_it_on_and_then_signs_in_with_a_code_or_a_recovery_code()
    {
        var officer = await App.SignedInAsync("zhenglu");
        // Opening the page changes nothing; the key is made when asked for.
        var tokens = () => App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "IdentityUserToken`1"));
        var before = await tokens();
        var opened = await officer.GetStringAsync("/account/two-factor");
        Assert.DoesNotMatch(KeyPattern(), opened);
        Assert.Equal(before, await tokens());
        var enrolPage = await StartAsync(officer, opened);
        var key = WebUtility.HtmlDecode(KeyPattern().Match(enrolPage).Groups[1].Value);
        Assert.NotEmpty(key);

        var wrong = await PostAsync(officer, enrolPage, "2fa-enable", "Input.Code", "123456");
        Assert.Contains("验证码不对", await wrong.Content.ReadAsStringAsync());
        var enabled = await PostAsync(officer, enrolPage, "2fa-enable", "Input.Code", Totp(key));
        var codes = RecoveryPattern().Matches(await enabled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(TwoFactorEnrolment.RecoveryCodeCount, codes.Count);

        // The audit trail says the credential was set, never its value: a reader of the log could make the codes.
        var secrets = codes.Prepend(key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant()).ToList();
        var trail = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "IdentityUserToken`1").Select(a => a.Changes ?? string.Empty).ToListAsync());
        Assert.NotEmpty(trail);
        Assert.DoesNotContain(trail, t => secrets.Any(code => t.Contains(code, StringComparison.OrdinalIgnoreCase)));

        // The password alone no longer signs in: the page asks for the code.
        var browser = App.Browser();
        var step = await browser.LoginAsync("zhenglu", HttpSession.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, step.StatusCode);
        var stepPage = await step.Content.ReadAsStringAsync();
        Assert.Contains("身份验证器", stepPage);
        var refused = await PostAsync(browser, stepPage, "login-code", "Code.Code", "000000");
        Assert.Contains("验证码不对", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(browser, stepPage, "login-code", "Code.Code", Totp(key))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/plans")).StatusCode);

        // A recovery code works once.
        var other = App.Browser();
        var otherPage = await (await other.LoginAsync("zhenglu", HttpSession.DemoPassword)).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(other, otherPage, "login-code", "Code.Code", codes[0])).StatusCode);
        var third = App.Browser();
        var thirdPage = await (await third.LoginAsync("zhenglu", HttpSession.DemoPassword)).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(third, thirdPage, "login-code", "Code.Code", codes[0])).StatusCode);

        // Copied from paper in small letters with a space for the hyphen, the next code still works.
        Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", codes[1]);
        var copied = App.Browser();
        var copiedPage = await (await copied.LoginAsync("zhenglu", HttpSession.DemoPassword)).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(copied, copiedPage, "login-code", "Code.Code", codes[1].ToLowerInvariant().Replace('-', ' '))).StatusCode);

        // The API asks for the code in the same request.
        var client = App.CreateClient();
        var noCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "zhenglu", password = HttpSession.DemoPassword });
        Assert.Equal(HttpStatusCode.Unauthorized, noCode.StatusCode);
        Assert.True((await noCode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("twoFactorRequired").GetBoolean());
        var withCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "zhenglu", password = HttpSession.DemoPassword, code = Totp(key) });
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
    }

    [Fact]
    public async Task Making_the_key_records_the_new_key_not_a_change_of_the_account()
    {
        var user = await App.WithDbAsync(db => db.Users.Where(u => u.UserName == "zl-company").Select(u => u.Id).SingleAsync());
        var entity = user.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var company = await App.SignedInAsync("zl-company");
        var before = await App.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Id));

        var page = await company.GetStringAsync("/account/two-factor");
        Assert.Empty(await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Id > before && a.Entity == "IdentityUserToken`1").ToListAsync())); // a GET writes nothing
        Assert.Equal(HttpStatusCode.OK, (await company.PostAsync("/account/two-factor", new FormUrlEncodedContent(HtmlForm.Fields(page, "2fa-start")))).StatusCode);

        // The key made for the phone to scan is its own entry; the stamps it renews on the account are no "修改 用户".
        var entries = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Id > before).Select(a => new { a.Entity, a.EntityId }).ToListAsync());
        Assert.Contains(entries, e => e.Entity == "IdentityUserToken`1" && e.EntityId!.StartsWith(entity + ",", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Entity == "AppUser" && e.EntityId == entity);
    }

    [Fact]
    public async Task Where_it_is_required_an_administrator_must_set_it_up_before_anything_else()
    {
        await using var app = App.WithWebHostBuilder(b => b.UseSetting("Accounts:RequireTwoFactorForAdministrators", "true"));
        var browser = app.CreateDefaultClient(new Uri("http://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(new CookieContainer()));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync("admin", HttpSession.DemoPassword)).StatusCode);

        var home = await browser.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/two-factor", home.Headers.Location!.OriginalString);
        var page = await StartAsync(browser, await browser.GetStringAsync("/account/two-factor"));
        Assert.Contains("必须开启两步验证", page);
        Assert.DoesNotContain("关闭两步验证", page);
        Assert.DoesNotContain("aria-label=\"主菜单\"", page); // every link would lead back here

        var token = (await (await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = HttpSession.DemoPassword }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/units")).StatusCode);

        var key = WebUtility.HtmlDecode(KeyPattern().Match(page).Groups[1].Value);
        var enabled = await PostAsync(browser, page, "2fa-enable", "Input.Code", Totp(key));
        Assert.Contains("两步验证已开启", await enabled.Content.ReadAsStringAsync());
        var users = await browser.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Contains("aria-label=\"主菜单\"", await users.Content.ReadAsStringAsync());
    }

    /// <summary>Presses 生成二维码: the page with the key.</summary>
    private static async Task<string> StartAsync(HttpClient client, string html) =>
        await (await client.PostAsync("/account/two-factor", new FormUrlEncodedContent(HtmlForm.Fields(html, "2fa-start")))).Content.ReadAsStringAsync();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string html, string form, string field, string value)
    {
        var fields = HtmlForm.Fields(html, form).With(field, value);
        return await client.PostAsync(FormAction(html, form), new FormUrlEncodedContent(fields));
    }

    private static string FormAction(string html, string form) => html.Contains("name=\"Code.Ticket\"", StringComparison.Ordinal) && form == "login-code" ? "/login" : "/account/two-factor";

    /// <summary>The current RFC 6238 code for a base32 key, as an authenticator app shows it.</summary>
    private static string Totp(string key)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant().TrimEnd('=')
            .Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        var secret = Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
        var counter = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData(secret, counter);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("data-testid=\"totp-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>([^<]+)</code></li>")]
    private static partial Regex RecoveryPattern();
}
