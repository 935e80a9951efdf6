using HealthLibrary.Search;
using HealthLibrary.Tests.Search;
using HealthLibrary.Tests.Support;
using Microsoft.Playwright;

namespace HealthLibrary.Tests.Browser;

/// <summary>A reader searching the 1,000-topic library, whose index the build splits, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
[Slow(SlowGroup.Browser)]
public sealed class SplitSearchPageTests(BrowserFixture browser) : IAsyncLifetime
{
    private const int Timeout = 30_000;

    private StaticSiteServer _site = null!;

    public async Task InitializeAsync() => _site = await StaticSiteServer.StartAsync(LibraryBuilds.Thousand.Output.Files);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_word_shows_its_first_results_after_fetching_a_few_shards_and_more_on_request()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(_site.Address + "search/");

        await page.FillAsync("#search-query", "ketamine");

        var results = page.Locator("#search-results li");
        await Assertions.Expect(results).ToHaveCountAsync(20, new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("results for “ketamine”");
        await Assertions.Expect(results.First.Locator("mark").First).ToBeVisibleAsync();
        await page.ClickAsync("#search-more");
        await Assertions.Expect(results).ToHaveCountAsync(40, new() { Timeout = Timeout });
        Assert.Equal(await results.Nth(20).Locator("a").TextContentAsync(), await page.EvaluateAsync<string>("document.activeElement.textContent"));

        string[] fetched;
        lock (_site.Requests)
        {
            fetched = [.. _site.Requests.Where(path => path.StartsWith("/" + SplitSearchFiles.Folder, StringComparison.Ordinal))];
        }

        var shards = LibraryBuilds.Thousand.Output.Files.Keys.Count(path => path.StartsWith(SplitSearchFiles.Folder + "postings.", StringComparison.Ordinal) && path.EndsWith(".json", StringComparison.Ordinal));
        Assert.Single(fetched, path => path.Contains("/vocabulary.", StringComparison.Ordinal));
        Assert.InRange(fetched.Count(path => path.Contains("/postings.", StringComparison.Ordinal)), 1, shards / 4);
        Assert.DoesNotContain("/" + SearchFiles.IndexPath, _site.Requests);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_word_entered_after_a_pause_is_searched_at_once_and_quick_keystrokes_wait_for_typing_to_pause()
    {
        var page = await browser.Browser.NewPageAsync();
        // The page's clock stands still unless the test moves it, so its pause in typing never ends by itself.
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await page.Clock.InstallAsync(new() { TimeDate = start });
        await page.GotoAsync(_site.Address + "search/");
        await page.Clock.PauseAtAsync(start.AddMinutes(1));
        var status = page.Locator("#search-status");

        await page.FillAsync("#search-query", "ketamine");
        await Assertions.Expect(page.Locator("#search-results li")).ToHaveCountAsync(20, new() { Timeout = Timeout });
        await Assertions.Expect(status).ToContainTextAsync("results for “ketamine”");

        await page.Keyboard.TypeAsync(" history");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.EndsWith("results for “ketamine”", await status.TextContentAsync(), StringComparison.Ordinal);
        await page.Clock.RunForAsync(150);
        await Assertions.Expect(status).ToContainTextAsync("results for “ketamine history”", new() { Timeout = Timeout });
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_topics_exact_title_comes_first_and_a_typo_is_forgiven()
    {
        var page = await browser.Browser.NewPageAsync();
        var topic = LibraryBuilds.Thousand.SearchDocuments[123].Result;
        await page.GotoAsync(_site.Address + "search/?q=" + Uri.EscapeDataString(topic.Title));

        await Assertions.Expect(page.Locator("#search-results li").First.Locator("h2 a")).ToHaveTextAsync(topic.Title, new() { Timeout = Timeout });

        await page.FillAsync("#search-query", "insomnai");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("results for “insomnai”", new() { Timeout = Timeout });
        await page.CloseAsync();
    }
}
