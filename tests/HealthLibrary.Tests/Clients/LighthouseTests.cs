using System.Globalization;
using System.Text.Json;
using HealthLibrary.Rendering;
using HealthLibrary.Tests.Support;
using Xunit.Abstractions;

namespace HealthLibrary.Tests.Clients;

/// <summary>
/// Lighthouse 12.2.3 with Debian's Chromium on five kinds of page, as a phone and as a desktop: accessibility, best
/// practices and SEO at 100, and the search page's layout shift under 0.05. Performance depends on the machine, so
/// its score is reported, not asserted.
/// </summary>
[Collection(ClientsCollection.Name)]
[Slow(SlowGroup.Clients)]
[Trait("Client", "Lighthouse")]
public sealed class LighthouseTests(ClientsFixture clients, ITestOutputHelper log)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "", "mobile" },
        { "", "desktop" },
        { "topics/ketamine-session/", "mobile" },
        { "topics/ketamine-session/", "desktop" },
        { "topics/", "mobile" },
        { "topics/", "desktop" },
        { "categories/treatments/", "mobile" },
        { "categories/treatments/", "desktop" },
        { "search/?q=bladder", "mobile" },
        { "search/?q=bladder", "desktop" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_scores_100_for_accessibility_best_practices_and_seo(string path, string form)
    {
        await using var site = await StaticSiteServer.StartAsync(clients.Build.Output.Files, headers: HostingRules.SecurityHeaders.ToDictionary(h => h.Name, h => h.Value));
        var report = Path.Combine(clients.Root, $"lighthouse-{Guid.NewGuid():N}.json");
        string[] preset = form == "desktop" ? ["--preset=desktop"] : [];
        var (exitCode, output) = await ClientsFixture.RunAsync(
            ClientsFixture.Bin("lighthouse"),
            [site.Address + path, "--output=json", $"--output-path={report}", "--only-categories=performance,accessibility,best-practices,seo", "--chrome-flags=--headless=new --no-sandbox --disable-gpu", "--quiet", .. preset],
            clients.Root,
            TimeSpan.FromMinutes(4),
            new Dictionary<string, string> { ["CHROME_PATH"] = "/usr/bin/chromium" });
        Assert.True(exitCode == 0, $"lighthouse failed ({exitCode}):\n{output}");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var categories = json.RootElement.GetProperty("categories");
        double Score(string id) => categories.GetProperty(id).GetProperty("score").GetDouble() * 100;
        var audits = json.RootElement.GetProperty("audits");
        var shift = audits.GetProperty("cumulative-layout-shift").GetProperty("numericValue").GetDouble();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"/{path} {form}: performance {Score("performance"):0}, accessibility {Score("accessibility"):0}, best practices {Score("best-practices"):0}, SEO {Score("seo"):0}, layout shift {shift:0.000}"));

        var failing = audits.EnumerateObject()
            .Where(audit => audit.Value.TryGetProperty("score", out var score) && score.ValueKind == JsonValueKind.Number && score.GetDouble() < 1
                && audit.Value.GetProperty("scoreDisplayMode").GetString() == "binary")
            .Select(audit => audit.Name + ": " + audit.Value.GetProperty("title").GetString());
        var summary = string.Join("\n", failing);
        Assert.True(Score("accessibility") == 100, $"accessibility {Score("accessibility")}\n{summary}");
        Assert.True(Score("best-practices") == 100, $"best practices {Score("best-practices")}\n{summary}");
        Assert.True(Score("seo") == 100, $"SEO {Score("seo")}\n{summary}");
        if (path.StartsWith("search/", StringComparison.Ordinal))
        {
            Assert.True(shift < 0.05, $"layout shift {shift}");
        }
    }
}
