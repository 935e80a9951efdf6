using HealthLibrary.Tests.Support;
using Microsoft.Playwright;

namespace HealthLibrary.Tests.Browser;

/// <summary>The urgent-help box and care cards of the sample library, as a reader with a keyboard, in light and dark, sees them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class UrgentHelpBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_first_number_to_call_is_reached_by_keyboard_before_anything_in_the_body()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(browser.Site.Address + "topics/ketamine-therapy/");

        // Tab from the top of the page until focus reaches a tel: link; no link of the body may come first.
        string? reached = null;
        for (var presses = 0; presses < 60 && reached is null; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>("() => { const a = document.activeElement; return a.closest('.topic__body') ? 'body' : a.getAttribute('href'); }");
            Assert.NotEqual("body", focused);
            if (focused?.StartsWith("tel:", StringComparison.Ordinal) == true)
            {
                reached = focused;
            }
        }

        Assert.Equal("tel:999", reached);
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_box_is_visible_and_says_in_words_what_it_is(string scheme)
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.GotoAsync(browser.Site.Address + "topics/ketamine-therapy/");

        var box = page.Locator("[data-urgent-help]");
        await Assertions.Expect(box).ToBeVisibleAsync();
        await Assertions.Expect(box.Locator("h2")).ToHaveTextAsync("Get help now");
        // The box's text and its page differ in colour, so it is readable in either scheme.
        var colours = await box.EvaluateAsync<string[]>("b => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor, getComputedStyle(document.body).backgroundColor]");
        Assert.NotEqual(colours[0], colours[1]);
        await page.CloseAsync();
    }
}
