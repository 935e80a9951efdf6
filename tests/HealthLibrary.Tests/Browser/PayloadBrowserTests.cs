using HealthLibrary.Tests.Support;
using Microsoft.Playwright;

namespace HealthLibrary.Tests.Browser;

/// <summary>The hostile library in a real browser: not one payload runs, on any page or in search results.</summary>
[Collection(BrowserCollection.Name)]
[Slow(SlowGroup.Browser)]
public sealed class PayloadBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Not_one_payload_executes_on_any_page_or_in_search_results()
    {
        var build = TestBuild.Run(HostileSite.Text).AssertSucceeded();
        await using var site = await StaticSiteServer.StartAsync(build.Output.Files);
        var context = await browser.Browser.NewContextAsync();
        var dialogs = new List<string>();
        var pages = build.Output.Files.Keys.Where(p => p.EndsWith("index.html", StringComparison.Ordinal) || p == "404.html")
            .Select(p => "/" + (p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p))
            .Concat(["/search/?q=hostile", "/search/?q=script", "/search/?q=synonym"])
            .ToList();

        foreach (var path in pages)
        {
            var page = await context.NewPageAsync();
            page.Dialog += async (_, dialog) => { dialogs.Add($"{path}: {dialog.Message}"); await dialog.DismissAsync(); };
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);
            await page.GotoAsync(site.Address + path.TrimStart('/'));
            if (path.Contains("?q=", StringComparison.Ordinal))
            {
                try
                {
                    await Assertions.Expect(page.Locator("#search-results li").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
                }
                catch (PlaywrightException exception)
                {
                    throw new InvalidOperationException($"{path}: no results; status '{await page.Locator("#search-status").TextContentAsync()}'; errors: {string.Join("; ", errors)}", exception);
                }
            }

            var pwned = await page.EvaluateAsync<string?>("window.__pwned === undefined ? null : String(window.__pwned)");
            Assert.True(pwned is null, $"payload {pwned} ran on {path}");
            await page.CloseAsync();
        }

        Assert.Empty(dialogs);
        Assert.True(pages.Count > 15, $"only {pages.Count} pages were visited");
        await context.CloseAsync();
    }
}
