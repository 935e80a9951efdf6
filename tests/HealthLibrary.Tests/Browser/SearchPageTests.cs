using HealthLibrary.Tests.Support;
using Microsoft.Playwright;

namespace HealthLibrary.Tests.Browser;

/// <summary>A reader searching the built sample site in a real browser.</summary>
[Collection(BrowserCollection.Name)]
[Slow(SlowGroup.Browser)]
public sealed class SearchPageTests(BrowserFixture browser)
{
    // Generous: these machines are shared, and a loaded one can take seconds to start a page.
    private const int Timeout = 45_000;

    [Theory]
    [InlineData("esketamine nasal spray", "Esketamine nasal spray (Spravato)")]
    [InlineData("Spravato", "Esketamine nasal spray (Spravato)")]
    [InlineData("PTSD", "Ketamine for PTSD and trauma")]
    [InlineData("neuroplasticty", "Neuroplasticity")]
    [InlineData("side efects", "Ketamine side effects and who can take it")]
    [InlineData("how does ketamine work", "How ketamine acts in the brain")]
    [InlineData("ketamine anesthesia", "The history of ketamine")]
    public async Task Typing_a_query_shows_the_expected_topic_first(string query, string expected)
    {
        var page = await browser.OpenAsync("/search/");

        await page.FillAsync("#search-query", query);

        var first = page.Locator("#search-results li").First.Locator("h2 a");
        await Assertions.Expect(first).ToHaveTextAsync(expected, new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("result", new() { Timeout = Timeout });
        Assert.Contains("q=", page.Url);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_search_box_in_the_header_leads_to_results_and_a_result_leads_to_its_topic()
    {
        var page = await browser.OpenAsync("/");

        await page.FillAsync("#site-search", "history of ketamine");
        await page.PressAsync("#site-search", "Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search/\?q=history"), new() { Timeout = Timeout });
        var first = page.Locator("#search-results li").First.Locator("h2 a");
        await Assertions.Expect(first).ToContainTextAsync("history", new() { Timeout = Timeout, IgnoreCase = true });
        await first.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/topics/history-of-ketamine/$"), new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("history", new() { IgnoreCase = true });
        await page.CloseAsync();
    }

    [Fact]
    public async Task Results_show_the_risk_in_words_the_category_and_highlighted_words()
    {
        var page = await browser.OpenAsync("/search/?q=esketamine");

        var first = page.Locator("#search-results li").First;
        await Assertions.Expect(first.Locator(".risk-label")).ToHaveTextAsync("High risk", new() { Timeout = Timeout });
        await Assertions.Expect(first.Locator(".search-result__category")).ToHaveTextAsync("Medicines");
        await Assertions.Expect(first.Locator("mark").First).ToBeVisibleAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_curious_reader_can_see_what_was_searched_for_and_the_lunr_query_that_ran()
    {
        var page = await browser.OpenAsync("/search/?q=how+does+ketamine+work");

        var searched = page.Locator("#search-searched");
        await Assertions.Expect(searched.Locator("summary")).ToContainTextAsync("Left out: how, does.", new() { Timeout = Timeout });
        await Assertions.Expect(searched.Locator("summary")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"ketamine \(counted at 0\.1: in \d+ of \d+ pages\)"));
        await Assertions.Expect(searched.Locator("code")).ToBeHiddenAsync();
        await searched.Locator("summary").ClickAsync();
        await Assertions.Expect(searched.Locator("code")).ToContainTextAsync("work^");
        await Assertions.Expect(searched.Locator("code")).ToContainTextAsync("synonyms:work^");

        await page.FillAsync("#search-query", "");
        await Assertions.Expect(searched).ToBeHiddenAsync(new() { Timeout = Timeout });
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_query_with_no_results_says_so_kindly_and_offers_the_a_to_z()
    {
        var page = await browser.OpenAsync("/search/");

        await page.FillAsync("#search-query", "zzzxqv");

        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync("No topics match", new() { Timeout = Timeout });
        await Assertions.Expect(status.Locator("a")).ToHaveAttributeAsync("href", "/topics/");
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_keyboard_moves_from_the_box_through_the_results()
    {
        var page = await browser.OpenAsync("/search/?q=ketamine");
        await Assertions.Expect(page.Locator("#search-results li").First).ToBeVisibleAsync(new() { Timeout = Timeout });

        await page.FocusAsync("#search-query");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");

        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent");
        var second = await page.Locator("#search-results li").Nth(1).Locator("h2 a").TextContentAsync();
        Assert.Equal(second, focused);
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("search-query", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Writers_text_in_results_is_text_never_markup()
    {
        var page = await browser.OpenAsync("/search/?q=ketamine");
        await Assertions.Expect(page.Locator("#search-results li").First).ToBeVisibleAsync(new() { Timeout = Timeout });

        // Every element in a result is one the page made itself: no writer text became markup.
        var tags = await page.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('#search-results *')).map(e => e.tagName.toLowerCase())");
        Assert.All(tags, tag => Assert.Contains(tag, new[] { "li", "h2", "a", "p", "span", "mark", "svg", "rect" }));
        await page.CloseAsync();
    }
}
