using Guangong.Web.Features.Activities;
using Guangong.Web.Features.Organization;
using Guangong.Web.Features.People;
using Guangong.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>
/// A village recorder on a phone names a volunteer the activity form does not list: found by name, ticked, kept through
/// a reload and a refused save, and saved.
/// </summary>
public sealed class VolunteerFinderBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>A village of 郑陆 with more volunteers than the form lists, one of them with a name no one else has.</summary>
    private async Task<(long Id, string Name)> CrowdAsync()
    {
        var town = await browser.App.UnitAsync("郑陆镇关工委");
        var village = await browser.App.WithServiceAsync<OrganizationTree, Unit>(t => t.CreateAsync(town.Id, new UnitDraft($"查找村{Guid.NewGuid():N}"[..10], UnitLevel.Village, UnitKind.Committee)));
        return await browser.App.WithDbAsync(async db =>
        {
            Volunteer Person(string name) => new()
            {
                UnitId = village.Id, UnitPath = village.Path, Name = name, Gender = Gender.Male, BirthYear = 1953,
                StatusDate = new DateOnly(2023, 1, 1), CreatedUtc = DateTime.UtcNow,
            };
            db.Volunteers.AddRange(Enumerable.Range(0, ActivityFormOptions.MostVolunteersListed + 5).Select(_ => Person(ChineseName.Unique("众", 6))));
            // 寻 is in no other name made here (theirs are 众 and the hex characters): the search finds this one alone.
            var wanted = Person("寻" + ChineseName.Unique(string.Empty, 4));
            db.Volunteers.Add(wanted);
            await db.SaveChangesAsync();
            return (wanted.Id, wanted.Name);
        });
    }

    [Fact]
    public async Task A_recorder_finds_a_volunteer_by_name_ticks_them_and_a_reload_and_a_refused_save_keep_them()
    {
        var (id, name) = await CrowdAsync();
        var page = await browser.SignedInPhoneAsync("zl-jiaoxi");
        await page.GotoAsync("/activities/new");
        var finder = page.Locator("[data-volunteer-find]");
        await Assertions.Expect(finder).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-find-hint]")).ToBeVisibleAsync();
        var title = "查找五老" + Guid.NewGuid().ToString("N")[..4];
        await page.FillAsync("#a-title", title);
        await page.SelectOptionAsync("#a-category", "法治教育");

        // Enter with nothing typed says what to do and sends nothing.
        await page.FocusAsync("#a-find");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("请先输入要查找的姓名。");

        // Enter in the search box searches; the form is not sent.
        await page.FillAsync("#a-find", name);
        await page.Keyboard.PressAsync("Enter");
        var found = page.Locator($"[data-find-results] [data-volunteer-row='{id}']");
        await Assertions.Expect(found).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("[data-find-status]")).ToContainTextAsync("找到1人");
        Assert.EndsWith("/activities/new", page.Url, StringComparison.Ordinal);
        await page.CheckAsync($"#served-{id}");
        await page.FillAsync($"input[name='hours[{id}]']", "3");

        // A listed name searched for moves up beside the ticked one; the next search puts it back in the list.
        var listed = page.Locator("[data-served-list] [data-volunteer-row]").First;
        var listedId = await listed.GetAttributeAsync("data-volunteer-row");
        var listedName = (await listed.GetAttributeAsync("data-name"))!;
        await page.FillAsync("#a-find", listedName);
        await page.ClickAsync("[data-find-go]");
        await Assertions.Expect(page.Locator($"[data-find-results] [data-volunteer-row='{listedId}']")).ToBeVisibleAsync();
        await Assertions.Expect(found).ToBeVisibleAsync();
        await page.FillAsync("#a-find", "没有这个人");
        await page.ClickAsync("[data-find-go]");
        await Assertions.Expect(page.Locator("[data-find-status]")).ToHaveTextAsync("没有找到姓名含“没有这个人”的本镇在册五老。");
        await Assertions.Expect(page.Locator($"[data-served-list] [data-volunteer-row='{listedId}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-find-results] [data-volunteer-row]")).ToHaveCountAsync(1);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the form scrolls sideways by {overflow}px at 360px");
        await BrowserFixture.ScreenshotAsync(page, "activity-volunteer-found-360");

        // The connection drops and the form is opened again: the found name is there, ticked, with its hours.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-draft-note]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"#served-{id}")).ToBeCheckedAsync();
        Assert.Equal("3", await page.InputValueAsync($"input[name='hours[{id}]']"));

        // Refused (no title): the server's list names them, still ticked, once.
        await page.FillAsync("#a-title", string.Empty);
        await page.ClickAsync("main button[type=submit]:has-text('保存')");
        await Assertions.Expect(page.Locator("#a-title ~ .validation-message")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-served-list] #served-{id}")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator($"#served-{id}")).ToHaveCountAsync(1);

        // The title typed again keeps the draft, and the draft keeps the tick of a name the next form does not list.
        await page.FillAsync("#a-title", title);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($"#served-{id}")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator($"#served-{id}")).ToHaveCountAsync(1);

        await page.ClickAsync("main button[type=submit]:has-text('保存')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(name);

        // Editing: the one who served is listed; searched for, their row moves up (not a second one), and unticked
        // there they are taken off the activity.
        var activityId = System.Text.RegularExpressions.Regex.Match(page.Url, "/activities/([0-9]+)").Groups[1].Value;
        await page.GotoAsync($"/activities/{activityId}/edit");
        await page.FillAsync("#a-find", name);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator($"[data-find-results] #served-{id}")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator($"#served-{id}")).ToHaveCountAsync(1);
        await page.UncheckAsync($"#served-{id}");
        await page.ClickAsync("main button[type=submit]:has-text('保存')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        // The ledger keeps the line and its reversal; no one is listed as having served.
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("参加服务的五老（0）");
    }

    [Fact]
    public async Task In_elder_mode_the_search_and_the_names_it_finds_read_and_tap_on_a_phone()
    {
        var (id, name) = await CrowdAsync();
        var page = await browser.SignedInPhoneAsync("zl-jiaoxi");
        await PhoneElderMeasureTests.InElderModeAsync(page);
        await page.GotoAsync("/activities/new");
        await page.FillAsync("#a-find", name);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator($"[data-find-results] [data-volunteer-row='{id}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-find-status]")).ToContainTextAsync("找到1人");
        var problems = await page.EvaluateAsync<string[]>(PhoneElderMeasureTests.Measure, false);
        Assert.True(problems.Length == 0, "the activity form with a search done, 360×780 in elder mode:\n" + string.Join('\n', problems));
        await BrowserFixture.ScreenshotAsync(page, "activity-volunteer-found-elder-360");
    }

    [Fact]
    public async Task Without_script_the_search_stays_hidden_and_the_note_says_how_to_reach_the_others()
    {
        await CrowdAsync();
        // The town officer may switch to the village of the one meant.
        var page = await browser.SignedInPhoneAsync("zhenglu", script: false);
        await page.GotoAsync("/activities/new");
        await Assertions.Expect(page.Locator("[data-volunteer-find]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-find-hint]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-find-else]")).ToBeVisibleAsync();
        Assert.Contains("要登记其他五老，请先用页面顶部的单位切换", await page.Locator("[data-find-else]").Locator("..").InnerTextAsync());

        // A village's recorder cannot switch to another village: the note does not say to.
        var village = await browser.SignedInPhoneAsync("zl-jiaoxi", script: false);
        await village.GotoAsync("/activities/new");
        var note = village.Locator("fieldset .form-text", new() { HasText = "本镇五老较多" });
        Assert.Equal("本镇五老较多，这里只列出一部分（本单位的在前）和已选的。", (await note.InnerTextAsync()).Trim());
    }
}
