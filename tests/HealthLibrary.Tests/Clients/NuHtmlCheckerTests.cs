using System.Text.Json;
using HealthLibrary.Tests.Support;
using Xunit.Abstractions;

namespace HealthLibrary.Tests.Clients;

/// <summary>The W3C Nu HTML Checker (vnu.jar, run by Java) over every page and stylesheet of the sample site.</summary>
[Collection(ClientsCollection.Name)]
[Slow(SlowGroup.Clients)]
public sealed class NuHtmlCheckerTests(ClientsFixture clients, ITestOutputHelper log)
{
    [Fact]
    public async Task Every_page_and_stylesheet_of_the_sample_site_has_no_error_and_no_warning()
    {
        var jar = Path.Combine(ClientsFixture.Packages, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        var pages = Directory.EnumerateFiles(clients.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var styles = Directory.EnumerateFiles(clients.Output, "*.css", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 50, $"only {pages.Count} pages were built");

        var (_, output) = await ClientsFixture.RunAsync("java", ["-jar", jar, "--format", "json", "--also-check-css", "--stdout", .. pages, .. styles], clients.Root, TimeSpan.FromMinutes(5));

        using var report = JsonDocument.Parse(output[output.IndexOf('{')..]);
        var problems = report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(message => message.GetProperty("type").GetString() != "info" || (message.TryGetProperty("subType", out var sub) && sub.GetString() == "warning"))
            .Select(message => $"{Path.GetRelativePath(clients.Output, new Uri(message.GetProperty("url").GetString()!).LocalPath)}:{(message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {message.GetProperty("type").GetString()}: {message.GetProperty("message").GetString()}")
            .ToList();
        log.WriteLine($"Nu HTML Checker: {pages.Count} pages and {styles.Count} stylesheets, {problems.Count} errors and warnings");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
