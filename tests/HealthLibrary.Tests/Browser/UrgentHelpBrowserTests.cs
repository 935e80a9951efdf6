using HealthLibrary.Tests.Support;
using Microsoft.Playwright;

namespace HealthLibrary.Tests.Browser;

/// <summary>The urgent-help box and care cards of the sample library, as a reader with a keyboard, in light and dark, sees them.</summary>
[Collection(BrowserCollection.Name)]
[Slow(SlowGroup.Browser)]
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

    /// <summary>A high-risk topic with every kind of care card, under a section as writers put them.</summary>
    private static readonly string CardSite = Health.UrgentHelpTests.Site.Replace("## Two\n", """
        ## Two

        ::: non-urgent Speak to a GP if:
        - it lasts more than a week
        :::

        ::: urgent Ask for an urgent appointment or call [NHS 111](https://111.nhs.uk/) if:
        - you feel worse
        :::

        ::: immediate Call 999 or go to A&E if you:
        - have chest pain, or [read this](alpha.md)
        :::

        ::: warning
        Do not drive for 24 hours after a dose. [More](gamma.md)
        :::

        ::: inset
        Context set apart from the text, with [a link](alpha.md).
        :::

        ::: do
        - rest
        :::

        ::: dont
        - drink alcohol
        :::

        """);

    [Fact]
    public async Task Care_cards_and_the_box_have_no_serious_axe_violations_in_light_or_dark_and_keep_their_words()
    {
        var build = TestBuild.Run(CardSite).AssertSucceeded();
        await using var site = await StaticSiteServer.StartAsync(build.Output.Files);
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme });
            await page.GotoAsync(site.Address + "topics/beta/");
            await Assertions.Expect(page.Locator("[data-care=immediate] .care__heading")).ToHaveTextAsync("Immediate action required: Call 999 or go to A&E if you:");
            await Assertions.Expect(page.Locator("[data-care]")).ToHaveCountAsync(7);

            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(Repository.Root, "tests", "node_modules", "axe-core", "axe.min.js") });
            var result = await page.EvaluateAsync<System.Text.Json.JsonElement>(
                "async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({ id: v.id, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })); }");
            Assert.True(result.GetArrayLength() == 0, $"{scheme}: {result}");

            // Printed, a card keeps its words and a border, though backgrounds are not printed.
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            var border = await page.Locator("[data-care=urgent]").EvaluateAsync<string>("c => getComputedStyle(c).borderTopStyle + ' ' + getComputedStyle(c).borderTopColor");
            Assert.Equal("solid rgb(0, 0, 0)", border);
            await Assertions.Expect(page.Locator("[data-care=urgent] .care__label")).ToBeVisibleAsync();
            await page.CloseAsync();
        }
    }
}
