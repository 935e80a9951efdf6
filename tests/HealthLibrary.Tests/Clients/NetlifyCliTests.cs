using System.Globalization;
using System.Net;
using System.Net.Sockets;
using HealthLibrary.Rendering;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Clients;

/// <summary>
/// Netlify's own CLI (<c>netlify dev --offline</c>) serving the built sample site with the repository's netlify.toml,
/// and the _headers and _redirects the build wrote, as Netlify would. Its dev server sets Cache-Control its own way, so
/// the cache rules are held by HostingFilesTests.
/// </summary>
[Collection(ClientsCollection.Name)]
[Slow(SlowGroup.Clients)]
[Trait("Client", "Netlify")]
public sealed class NetlifyCliTests(ClientsFixture clients)
{
    [Fact]
    public async Task Every_alias_answers_301_to_its_page_and_every_kind_of_page_carries_the_security_headers()
    {
        var site = Directory.CreateTempSubdirectory("healthlib-netlify-").FullName;
        var port = FreePort();
        // The CLI serves from a project folder: netlify.toml beside the published folder, as in the repository.
        File.Copy(Path.Combine(Repository.Root, "netlify.toml"), Path.Combine(site, "netlify.toml"));
        CopyFolder(clients.Output, Path.Combine(site, "output"));
        // Edge functions would download Deno's runtime; the site has none, and the test makes no network calls.
        using var netlify = RunningProcess.Start(
            ClientsFixture.Bin("netlify"),
            ["dev", "--offline", "--internal-disable-edge-functions", "--dir", "output", "--port", port.ToString(CultureInfo.InvariantCulture), "--no-open"],
            site,
            new Dictionary<string, string> { ["NETLIFY_TELEMETRY_DISABLED"] = "1", ["BROWSER"] = "none" });
        try
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilServingAsync(http, netlify);

            var rules = File.ReadAllLines(Path.Combine(clients.Output, "_redirects")).Where(line => line.Length > 0 && line[0] == '/').Select(line => line.Split(' ')).ToList();
            Assert.True(rules.Count >= 4, $"only {rules.Count} alias rules");
            foreach (var rule in rules)
            {
                using var response = await http.GetAsync(rule[0].TrimStart('/'));
                Assert.True(response.StatusCode == HttpStatusCode.MovedPermanently, $"{rule[0]} answered {(int)response.StatusCode}, not 301 ({netlify.Output})");
                Assert.Equal(rule[1], response.Headers.Location!.OriginalString);
            }

            var topic = clients.Build.Output.Files.Keys.First(path => path.StartsWith("topics/", StringComparison.Ordinal) && path.EndsWith("/index.html", StringComparison.Ordinal) && path.Count(c => c == '/') == 2);
            var category = clients.Build.Output.Files.Keys.First(path => path.StartsWith("categories/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2);
            string[] kinds = ["", topic[..^"index.html".Length], "topics/", category[..^"index.html".Length], "get-help/", "search/?q=bladder", "search/index.json", "favicon.ico", "no-such-page/"];
            foreach (var path in kinds)
            {
                using var response = await http.GetAsync(path);
                var expected = path == "no-such-page/" ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                Assert.True(response.StatusCode == expected, $"/{path} answered {(int)response.StatusCode}, not {(int)expected}");
                foreach (var (name, value) in HostingRules.SecurityHeaders)
                {
                    Assert.True(response.Headers.TryGetValues(name, out var values) && values.Single() == value, $"/{path} lacks {name}: {value}");
                }
            }

            // A missing page is the site's own kind page, not Netlify's.
            using var missing = await http.GetAsync("no-such-page/");
            Assert.Equal(clients.Build.Html("404.html"), await missing.Content.ReadAsStringAsync());
        }
        finally
        {
            netlify.Stop();
            Directory.Delete(site, recursive: true);
        }
    }

    private static async Task WaitUntilServingAsync(HttpClient http, RunningProcess netlify)
    {
        // The CLI takes half a minute to start on a busy machine; a slow start is no failure, a stopped CLI is.
        for (var started = DateTime.UtcNow; DateTime.UtcNow - started < TimeSpan.FromMinutes(4); await Task.Delay(500))
        {
            Assert.False(netlify.HasExited, $"netlify dev stopped:\n{netlify.Output}");
            try
            {
                using var response = await http.GetAsync("");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
        }

        Assert.Fail($"netlify dev did not serve the site within 4 minutes:\n{netlify.Output}");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The CLI takes a port number, not a listening socket, so a free one is picked just before it starts.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
