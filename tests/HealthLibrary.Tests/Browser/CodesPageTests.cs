using HealthLibrary.Pipeline;
using HealthLibrary.Rendering;
using HealthLibrary.Tests.Support;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace HealthLibrary.Tests.Browser;

/// <summary>/codes/ in Chromium, as a patient portal links to it: under a base path and the site's real security headers.</summary>
[Collection(BrowserCollection.Name)]
[Slow(SlowGroup.Browser)]
public sealed class CodesPageTests(BrowserFixture browser)
{
    private const string Site = Sites.Small + """

        -- input/topics/delta.md --
        ---
        title: Delta depression
        summary: The fourth topic.
        risk: low
        category: Conditions
        codes:
          - { system: icd10cm, code: F33, display: "Major depressive disorder, recurrent" }
          - { system: snomed, code: "35489007", display: Depressive disorder }
        ---
        About depression.
        -- input/topics/epsilon.md --
        ---
        title: Epsilon PTSD
        summary: The fifth topic.
        risk: low
        category: Conditions
        codes:
          - { system: icd10cm, code: F43.10, display: "Post-traumatic stress disorder, unspecified" }
        ---
        About PTSD.
        """;

    private static readonly Lazy<TestBuild> Build = new(() =>
        TestBuild.Run(SiteText.Parse(Site), new BuildOptions { BaseUrl = "https://example.org/health/" }).AssertSucceeded());

    private async Task<(IPage Page, List<string> Violations, IAsyncDisposable Server)> OpenAsync(string query)
    {
        var headers = HostingRules.SecurityHeaders.ToDictionary(h => h.Name, h => h.Value);
        var server = await StaticSiteServer.StartAsync(Build.Value.Output.Files, "/health/", headers);
        var page = await browser.Browser.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) { violations.Add(message.Text); } };
        page.Dialog += (_, dialog) => violations.Add("a dialog opened: " + dialog.Message);
        await page.GotoAsync(server.Address + "codes/" + query);
        return (page, violations, server);
    }

    [Theory]
    [InlineData("?system=icd10cm&code=F33", "/health/topics/delta/")]
    [InlineData("?system=icd10cm&code=F33.2", "/health/topics/delta/")] // the parent F33 has the topic
    [InlineData("?system=ICD10CM&code=f332", "/health/topics/delta/")] // as some records write it
    [InlineData("?system=icd10cm&code=F43.10", "/health/topics/epsilon/")]
    [InlineData("?system=snomed&code=35489007", "/health/topics/delta/")]
    public async Task A_code_or_its_nearest_parent_takes_the_reader_to_its_topic(string query, string topic)
    {
        var (page, violations, server) = await OpenAsync(query);
        await using (server)
        {
            // Polls the page's own address: the redirect can start before GotoAsync returns, when a wait for the
            // next navigation event would miss it.
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(topic) + "$"));
            Assert.Empty(violations);
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData("?system=icd10cm&code=J45.909", "icd10cm J45.909")] // no topic, nor for J45, J4
    [InlineData("?system=snomed&code=3548900", "snomed 3548900")] // SNOMED codes have no parents by their digits
    [InlineData("?system=nosuch&code=F33", "nosuch F33")]
    public async Task A_code_with_no_topic_gets_a_kind_page_with_search(string query, string asked)
    {
        var (page, violations, server) = await OpenAsync(query);
        await using (server)
        {
            await Assertions.Expect(page.Locator("#codes-none")).ToBeVisibleAsync();
            Assert.Equal(asked, await page.Locator("#codes-asked").TextContentAsync());
            await Assertions.Expect(page.Locator("#codes-search")).ToBeVisibleAsync();
            Assert.EndsWith("/health/codes/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            Assert.Empty(violations);
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("\"><script>alert(1)</script>")]
    public async Task Hostile_query_text_is_shown_as_text_and_never_run(string hostile)
    {
        var (page, violations, server) = await OpenAsync("?system=icd10cm&code=" + Uri.EscapeDataString(hostile));
        await using (server)
        {
            await Assertions.Expect(page.Locator("#codes-none")).ToBeVisibleAsync();
            Assert.Equal("icd10cm " + hostile.Trim(), await page.Locator("#codes-asked").TextContentAsync());
            Assert.Equal(0, await page.Locator("#codes-page img, #codes-page script").CountAsync());
            Assert.Empty(violations);
            await page.CloseAsync();
        }
    }

    [Theory]
    [InlineData("?system=__proto__&code=constructor")]
    [InlineData("?system=icd10cm&code=__proto__")]
    [InlineData("?system=snomed&code=__proto__")]
    [InlineData("?system=snomed&code=toString")]
    public async Task Names_of_javascript_objects_are_codes_like_any_other(string query)
    {
        var (page, violations, server) = await OpenAsync(query);
        await using (server)
        {
            await Assertions.Expect(page.Locator("#codes-none")).ToBeVisibleAsync();
            Assert.EndsWith("/health/codes/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
            Assert.Empty(violations);
            await page.CloseAsync();
        }
    }
}
