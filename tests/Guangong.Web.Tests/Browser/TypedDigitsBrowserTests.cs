using Microsoft.Playwright;

namespace Guangong.Web.Tests.Browser;

/// <summary>Numbers typed on a phone in an input method's full-width mode (js/typed-digits.js).</summary>
public sealed class TypedDigitsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Full_width_digits_typed_into_a_number_box_become_plain_digits()
    {
        // Typed in an input method's full-width mode, "１９５５" was refused as "须为整数" on most forms.
        var page = await browser.SignedInPageAsync("zhenglu", width: 360);
        await page.GotoAsync("/volunteers/new");
        await page.FillAsync("#v-year", "１９５５");
        await page.FillAsync("#v-phone", "１３８００００１１１１");
        await page.FillAsync("#v-name", "全角测试");
        await Assertions.Expect(page.Locator("#v-year")).ToHaveValueAsync("1955");
        await Assertions.Expect(page.Locator("#v-phone")).ToHaveValueAsync("13800001111");
        // The name is no number box: left as typed.
        await page.FillAsync("#v-name", "王１");
        await page.Locator("#v-year").FocusAsync();
        await Assertions.Expect(page.Locator("#v-name")).ToHaveValueAsync("王１");
    }
}
