using System.Text.Json;
using HealthLibrary.Tests.Support;
using Microsoft.Playwright;

namespace HealthLibrary.Tests.Browser;

/// <summary>axe-core, run in the browser on the built pages: no serious or critical violations.</summary>
[Collection(BrowserCollection.Name)]
[Slow(SlowGroup.Browser)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/topics/ketamine-therapy/")]
    [InlineData("/topics/")]
    [InlineData("/categories/treatments/")]
    [InlineData("/risk/")]
    [InlineData("/get-help/")]
    [InlineData("/search/?q=ketamine")]
    public async Task Page_has_no_serious_or_critical_axe_violations(string path)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme });
            await page.GotoAsync(browser.Site.Address + path.TrimStart('/'));
            if (path.StartsWith("/search/", StringComparison.Ordinal))
            {
                await Assertions.Expect(page.Locator("#search-results li").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
            }

            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(Repository.Root, "tests", "node_modules", "axe-core", "axe.min.js") });
            var result = await page.EvaluateAsync<JsonElement>(
                "async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })); }");

            Assert.True(result.GetArrayLength() == 0, $"{path} ({scheme}): {result}");
            await page.CloseAsync();
        }
    }
}
