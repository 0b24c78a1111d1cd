using System.Globalization;
using System.Net;
using Guangong.Web.Infrastructure.Errors;
using Guangong.Web.Tests.Activities;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Guangong.Web.Tests.Security;

/// <summary>
/// Issue 19.8 on the pages that had no alert for a refused save (they showed the error page): a form in a
/// section of its own (a drowning incident), a folded form (a water body, a committee's member unit) and a
/// form of a list, named per row (removing a member unit). <see cref="RefusedSaveCoverageTests"/> checks
/// every form has the alert; these check that it says the refusal above the right form, with the typing kept.
/// </summary>
public sealed class RefusedSaveOnMorePagesTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private GuangongApp App => fixture.App;

    [Fact]
    public async Task A_folded_water_body_form_and_an_incident_form_refused_by_a_lock_open_with_the_message_and_the_typing()
    {
        var village = await App.UnitAsync("乌审召嘎查关工委");
        await using var impatient = App.WithWebHostBuilder(b => b.UseSetting("Database:LockTimeoutSeconds", "1"));
        var officer = await SignInAsync(impatient, "wushenzhao");
        var water = "锁测水域" + Guid.NewGuid().ToString("N")[..6];
        var fields = HtmlForm.Fields(await officer.GetStringAsync("/water"), "water-add")
            .With("Input.Name", water).With("Input.Kind", "Lake").With("Input.Risk", "High")
            .With("Input.UnitId", village.Id.ToString(CultureInfo.InvariantCulture)).With("Input.ResponsiblePerson", "巴特尔");

        var refused = await WhileLockedAsync(() => officer.PostAsync("/water", new FormUrlEncodedContent(fields)));

        var html = await AssertRefusedAsync(refused, "water-add");
        Assert.Matches("<details[^>]*open[^>]*>\\s*<summary[^>]*>登记水域</summary>", html);
        Assert.Contains(new KeyValuePair<string, string>("Input.Name", water), HtmlForm.Fields(html, "water-add"));
        Assert.False(await App.WithDbAsync(db => db.WaterBodies.AnyAsync(w => w.Name == water)));

        // Sent again once the lock is gone, it saves; the incident form of the new water body then meets the lock.
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync("/water", new FormUrlEncodedContent(HtmlForm.Fields(html, "water-add")))).StatusCode);
        var waterId = await App.WithDbAsync(db => db.WaterBodies.Where(w => w.Name == water).Select(w => w.Id).SingleAsync());
        var place = "锁测地点" + Guid.NewGuid().ToString("N")[..6];
        var incident = HtmlForm.Fields(await officer.GetStringAsync("/water/incidents"), "incident-add")
            .With("Input.Date", "2023-07-02").With("Input.Kind", "NearMiss").With("Input.WaterBodyId", waterId.ToString(CultureInfo.InvariantCulture))
            .With("Input.Place", place).With("Input.Outcome", "锁住时写下的经过");

        var refusedIncident = await WhileLockedAsync(() => officer.PostAsync("/water/incidents", new FormUrlEncodedContent(incident)));

        var again = HtmlForm.Fields(await AssertRefusedAsync(refusedIncident, "incident-add"), "incident-add");
        Assert.Contains(new KeyValuePair<string, string>("Input.Place", place), again);
        Assert.Contains(new KeyValuePair<string, string>("Input.Outcome", "锁住时写下的经过"), again);
        Assert.False(await App.WithDbAsync(db => db.DrowningIncidents.AnyAsync(i => i.Place == place)));
    }

    [Fact]
    public async Task A_member_unit_added_or_removed_under_a_lock_is_refused_above_its_own_form()
    {
        var town = await App.UnitAsync("郑陆镇关工委");
        await using var impatient = App.WithWebHostBuilder(b => b.UseSetting("Database:LockTimeoutSeconds", "1"));
        var officer = await SignInAsync(impatient, "zhenglu");
        var url = $"/committees/{town.Id}";
        var name = "锁测成员单位" + Guid.NewGuid().ToString("N")[..6];
        var fields = HtmlForm.Fields(await officer.GetStringAsync(url), "member-add").With("Member.Name", name).With("Member.Category", "法庭");

        var refused = await WhileLockedAsync(() => officer.PostAsync(url, new FormUrlEncodedContent(fields)));

        var html = await AssertRefusedAsync(refused, "member-add");
        Assert.Matches("<details[^>]*open[^>]*>\\s*<summary>增加成员单位</summary>", html);
        Assert.Contains(new KeyValuePair<string, string>("Member.Name", name), HtmlForm.Fields(html, "member-add"));
        Assert.False(await App.WithDbAsync(db => db.MemberUnits.AnyAsync(m => m.Name == name)));

        // The list's remove forms are named per row (member-remove-12); the list's alert stands above them all.
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostAsync(url, new FormUrlEncodedContent(HtmlForm.Fields(html, "member-add")))).StatusCode);
        var member = await App.WithDbAsync(db => db.MemberUnits.Where(m => m.Name == name).Select(m => m.Id).SingleAsync());
        var remove = HtmlForm.Fields(await officer.GetStringAsync(url), $"member-remove-{member}");

        var refusedRemoval = await WhileLockedAsync(() => officer.PostAsync(url, new FormUrlEncodedContent(remove)));

        var page = await AssertRefusedAsync(refusedRemoval, $"member-remove-{member}");
        Assert.True(page.IndexOf(SaveRefusal.BusyMessage, StringComparison.Ordinal) > page.IndexOf("成员单位（", StringComparison.Ordinal), "said in the member list, not at the top of the page");
        Assert.True(await App.WithDbAsync(db => db.MemberUnits.AnyAsync(m => m.Id == member)));
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(userName, HttpSession.DemoPassword)).StatusCode);
        return client;
    }

    private static async Task<string> AssertRefusedAsync(HttpResponseMessage response, string form)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        var html = await response.HtmlAsync();
        RefusedSave.AssertMessageAboveForm(html, SaveRefusal.BusyMessage, form);
        return html;
    }

    private Task<T> WhileLockedAsync<T>(Func<Task<T>> work) => RefusedSave.WhileSqliteLockedAsync(App.Database.ConnectionString, work);
}
