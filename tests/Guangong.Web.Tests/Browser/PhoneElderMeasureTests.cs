using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>
/// Every menu page of the roles that work on phones, at 360×780 (scale 2, touch) in 长辈模式, measured
/// on the rendered page: no sideways scroll, no text under 18 px, every link, button, field and disclosure at least
/// 60×60 px (a link inside a sentence excepted),
/// text contrast at least 4.5:1, and the page's main action inside the first screen.
/// </summary>
public sealed class PhoneElderMeasureTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // What a user can read or tap, checked element by element; an element is listed once per problem.
    internal const string Measure = """
        menuOpen => {
          const problems = [];
          const visible = e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.opacity !== '0'; };
          const describe = e => `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} "${(e.textContent || e.value || '').trim().slice(0, 20)}"`;
          const rgba = c => { const m = c.match(/[\d.]+/g) || [0, 0, 0, 0]; return m.map(Number).concat(m.length === 3 ? [1] : []); };
          const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
          const background = e => { for (let n = e; n; n = n.parentElement) { const c = rgba(getComputedStyle(n).backgroundColor); if (c[3] > 0.5) return c; } return [255, 255, 255, 1]; };
          for (const e of document.querySelectorAll('body *')) {
            if (!visible(e) || e.closest('.skip-link, .visually-hidden, .menu-open, script, style, option, .disabled:not(.pager-off), :disabled')) continue;
            if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const s = getComputedStyle(e);
            const size = parseFloat(s.fontSize);
            if (size < 17.5) problems.push(`text ${size}px: ${describe(e)}`);
            const fg = lum(rgba(s.color)), bg = lum(background(e));
            const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
            if (ratio < 4.5) problems.push(`contrast ${ratio.toFixed(2)}: ${describe(e)}`);
          }
          // Every link, button, field, disclosure and check box (through its label); a link inside a sentence
          // (a paragraph, a hint, an alert) keeps its line, as WCAG 2.5.5 allows for inline links.
          const targets = 'main .btn, main a, main summary, main label.check-item, main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main select, main textarea, .topbar .btn, .menu-button, .sidebar a, .pager a';
          // (a paragraph that is only the link is no sentence: it is measured).
          const inSentence = e => {
            if (e.tagName !== 'A' || e.classList.contains('btn')) return false;
            const line = e.closest('p, .form-text, .alert, .validation-message');
            return !!line && line.textContent.trim() !== e.textContent.trim();
          };
          for (const e of document.querySelectorAll(targets)) {
            if (!visible(e) || e.closest('.disabled, :disabled, .visually-hidden') || inSentence(e)) continue;
            const r = e.getBoundingClientRect();
            if (r.height < 59.5 || r.width < 59.5) problems.push(`target ${Math.round(r.width)}×${Math.round(r.height)}: ${describe(e)}`);
          }
          // A table wider than the phone scrolls inside its box, and says so above it.
          for (const box of document.querySelectorAll('main .table-responsive')) {
            if (box.scrollWidth <= box.clientWidth + 1) continue;
            const hint = box.previousElementSibling;
            if (!hint || !hint.classList.contains('scroll-hint') || !visible(hint)) problems.push(`scrolls sideways without a hint: ${describe(box.querySelector('table') || box)}`);
          }
          const main = document.querySelector('main .page-actions .btn-primary, main .quick-actions .btn-primary, main .sticky-action .btn');
          if (!menuOpen && main && main.getBoundingClientRect().bottom > window.innerHeight) problems.push(`main action below the first screen: ${describe(main)}`);
          return [...new Set(problems)];
        }
        """;

    /// <summary>Elder mode is the account's own setting and the menu's button toggles it: turned on only when it is off.</summary>
    internal static async Task InElderModeAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("document.body.classList.contains('elder')"))
        {
            await BrowserFixture.OpenMenuAsync(page);
            await page.ClickAsync("text=长辈模式");
        }

        await Assertions.Expect(page.Locator("body")).ToHaveClassAsync("elder");
    }

    [Theory]
    [InlineData("zhenglu")]
    [InlineData("wushenzhao")]
    [InlineData("wsz-school")]
    [InlineData("wsz-elder")]
    [InlineData("tianning")]
    public async Task Every_menu_page_reads_and_taps_on_a_phone_in_elder_mode(string userName)
    {
        var page = await browser.SignedInPhoneAsync(userName);
        await InElderModeAsync(page);

        var links = await page.Locator("nav.sidebar a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var problems = new List<string>();
        foreach (var href in links.Distinct())
        {
            await page.GotoAsync(href);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                problems.Add($"{href}: scrolls sideways by {overflow}px");
            }

            problems.AddRange((await page.EvaluateAsync<string[]>(Measure, false)).Select(p => $"{href}: {p}"));
            await BrowserFixture.OpenMenuAsync(page);
            problems.AddRange((await page.EvaluateAsync<string[]>(Measure, true)).Select(p => $"{href} (menu open): {p}"));
        }

        await BrowserFixture.ScreenshotAsync(page, $"elder-phone-{userName}");
        Assert.True(problems.Count == 0, $"{userName}, 360×780 in elder mode:\n" + string.Join('\n', problems.Distinct().Take(60)));
    }

    [Fact]
    public async Task The_pages_behind_the_menu_read_and_tap_on_a_phone_in_elder_mode()
    {
        // Not menu entries but where a recorder goes next: a record, a plan with its tasks, a task's own page, an assessment,
        // the month calendar, new-record forms.
        var page = await browser.SignedInPhoneAsync("zhenglu");
        await InElderModeAsync(page);

        var pages = new List<string> { "/activities/calendar?month=2023-05", "/activities/new", "/volunteers/new", "/notices/new" };
        foreach (var (list, link) in new[] { ("/activities", "td.primary a"), ("/plans", "td.primary a"), ("/volunteers", "td a"), ("/notices", "ul a"), ("/plans/assignments", "td a"), ("/assessments", "td[data-label=对象] a") })
        {
            await page.GotoAsync(list);
            pages.Add((await page.Locator($"main {link}").First.GetAttributeAsync("href"))!);
        }

        // The plan's unit × task matrix: wider than any phone.
        pages.Add(pages.Single(p => p.StartsWith("/plans/", StringComparison.Ordinal) && p.Skip(7).All(char.IsAsciiDigit)) + "/matrix");

        var problems = new List<string>();
        foreach (var href in pages)
        {
            await page.GotoAsync(href);
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                problems.Add($"{href}: scrolls sideways by {overflow}px");
            }

            problems.AddRange((await page.EvaluateAsync<string[]>(Measure, false)).Select(p => $"{href}: {p}"));
        }

        Assert.True(problems.Count == 0, "zhenglu, 360×780 in elder mode:\n" + string.Join('\n', problems.Distinct().Take(60)));
    }

    [Fact]
    public async Task The_phone_header_is_one_line_and_the_menu_opens_and_closes_without_leaving_the_page()
    {
        var page = await browser.SignedInPhoneAsync("zhenglu");
        // One line: brand, unit and 菜单 side by side (the button is 60 px tall if this user is in elder mode).
        var header = await page.Locator("header.topbar").BoundingBoxAsync();
        var button = await page.Locator("label.menu-button").BoundingBoxAsync();
        Assert.True(header!.Height <= button!.Height + 16, $"header {header.Height}px tall, its button {button.Height}px");
        foreach (var part in new[] { "header .brand", "[data-testid=current-unit]" })
        {
            var box = await page.Locator(part).BoundingBoxAsync();
            Assert.InRange(box!.Y + (box.Height / 2), button.Y, button.Y + button.Height);
        }

        Assert.False(await page.Locator("nav.sidebar").IsVisibleAsync());
        Assert.Equal("郑陆镇关工委", await page.TextContentAsync("[data-testid=current-unit]"));

        await page.ClickAsync("label.menu-button");
        await page.ClickAsync("nav.sidebar >> text=五老名册");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("五老名册");
        await Assertions.Expect(page.Locator("nav.sidebar")).ToBeHiddenAsync();

        // A task given to several units reads as several cards, each naming its unit.
        await page.GotoAsync("/");
        var rows = await page.Locator("[data-testid=assignment-rows] tbody tr").AllInnerTextsAsync();
        Assert.True(rows.Count > 1);
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.True(await page.Locator("[data-testid=assignment-rows] td[data-label=责任单位]").First.IsVisibleAsync());
    }
}
