using System.Text.Json;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Rendering;
using HealthLibrary.Tests.Support;
using Microsoft.Playwright;

namespace HealthLibrary.Tests.Browser;

/// <summary>The built site served the way it will be hosted: under the real security headers, and from a sub-path.</summary>
[Collection(BrowserCollection.Name)]
[Slow(SlowGroup.Browser)]
public sealed class HostingBrowserTests(BrowserFixture browser)
{
    private const string RecordViolations =
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));";

    [Fact]
    public async Task Every_kind_of_page_runs_under_the_content_security_policy_without_a_single_violation()
    {
        var headers = HostingRules.SecurityHeaders.ToDictionary(h => h.Name, h => h.Value);
        await using var site = await StaticSiteServer.StartAsync(browser.Build.Output.Files, "/", headers);
        var context = await browser.Browser.NewContextAsync();
        await context.AddInitScriptAsync(RecordViolations);
        var console = new List<string>();

        string[] paths =
        [
            "/", "/topics/", "/topics/ketamine-therapy/", "/topics/ketamine-side-effects/", "/categories/treatments/",
            "/tags/depression/", "/risk/", "/risk/high/", "/authors/daniel-okoye/", "/about/", "/get-help/", "/no-such-page/", "/search/?q=ketamine",
        ];
        foreach (var path in paths)
        {
            var page = await context.NewPageAsync();
            page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { console.Add($"{path}: {message.Text}"); } };
            await page.GotoAsync(site.Address + path.TrimStart('/'));
            if (path.StartsWith("/search/", StringComparison.Ordinal))
            {
                await Assertions.Expect(page.Locator("#search-results li").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
            }

            var violations = await page.EvaluateAsync<string[]>("window.__violations");
            Assert.True(violations.Length == 0, $"{path}: {string.Join("; ", violations)}");
            await page.CloseAsync();
        }

        Assert.Empty(console);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_site_built_for_a_sub_path_works_from_that_sub_path()
    {
        var build = TestBuild.Run(new FileSystemContentSource(Repository.Input, "input"), new BuildOptions { BaseUrl = "https://example.org/health/" }).AssertSucceeded();
        await using var site = await StaticSiteServer.StartAsync(build.Output.Files, "/health/");

        // Every address any page links to answers from /health/.
        using var http = new HttpClient();
        var checkedUrls = new HashSet<string>(StringComparer.Ordinal);
        var dead = new List<string>();
        foreach (var path in build.Output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var element in build.Document(path).QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (!url.StartsWith('/') || !checkedUrls.Add(url.Split('#')[0]))
                {
                    continue;
                }

                using var response = await http.GetAsync(new Uri(new Uri(site.Address), url.Split('#')[0]));
                if (!response.IsSuccessStatusCode)
                {
                    dead.Add($"{path}: {url} answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(checkedUrls.Count > 50, $"only {checkedUrls.Count} addresses were checked");
        Assert.True(dead.Count == 0, string.Join("\n", dead));

        // Search fetches its files from the sub-path and links results into it.
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(site.Address + "search/?q=Spravato");
        var first = page.Locator("#search-results li").First.Locator("h2 a");
        await Assertions.Expect(first).ToHaveAttributeAsync("href", "/health/topics/esketamine-nasal-spray/", new() { Timeout = 15_000 });
        await page.GotoAsync(site.Address + "topics/");
        await page.Locator("main a[href$='/topics/neuroplasticity/']").First.ClickAsync();
        await page.WaitForURLAsync("**/health/topics/neuroplasticity/");
        Assert.DoesNotContain(site.Requests, request => !request.StartsWith("/health/", StringComparison.Ordinal) && request != "/favicon.ico");
        await page.CloseAsync();
    }
}
