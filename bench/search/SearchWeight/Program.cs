using System.Globalization;
using System.Text;
using System.Text.Json;
using HealthLibrary.Bench.SearchWeight;
using Microsoft.Playwright;

// Measures what one search costs a reader in Debian's Chromium, for each site given:
//
//   dotnet run --project bench/search/SearchWeight -c Release -- [--runs 5] [--json FILE]
//       --site "label;folder;/search/;common-word;rare-word" ...
//
// Each run opens a fresh browser context (a cold cache), opens the search page, enters a word
// into the search box as one input event, and waits for the first result: that is the cold figure.
// It then opens the page again in the same context and searches the same word: the warm figure.
// Bytes are the response bodies the server sent (compressed) for every script and data file (not
// the page, CSS or images), once the network is idle after the first result. The table gives medians.
var runs = 5;
string? jsonPath = null;
var sites = new List<SiteUnderTest>();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--runs":
            runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--json":
            jsonPath = args[++i];
            break;
        case "--site":
            sites.Add(SiteUnderTest.Parse(args[++i]));
            break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'");
            return 2;
    }
}

if (sites.Count == 0)
{
    Console.Error.WriteLine("usage: SearchWeight [--runs N] [--json FILE] --site \"label;folder;/search/;common-word;rare-word\" ...");
    return 2;
}

const string Probe = """
    window.__search = { start: null, first: null };
    document.addEventListener('input', () => { if (window.__search.start === null) window.__search.start = performance.now(); }, true);
    new MutationObserver(() => {
      if (window.__search.first === null && document.querySelector('#search-results li')) window.__search.first = performance.now();
    }).observe(document, { childList: true, subtree: true });
    """;

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
});

async Task<Measurement> SearchOnce(FolderHost host, IBrowserContext context, string url, string word)
{
    var page = await context.NewPageAsync();
    host.TakeTransfers();
    await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
    await page.FillAsync("#search-query", word);
    await page.WaitForFunctionAsync("window.__search.first !== null", null, new PageWaitForFunctionOptions { Timeout = 300_000, PollingInterval = 10 });
    var elapsed = await page.EvaluateAsync<double>("window.__search.first - window.__search.start");
    await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    await page.CloseAsync();
    // The search's own bytes: scripts and data, not the page itself, its style sheets or images.
    var searchPage = new Uri(url).AbsolutePath;
    var search = host.TakeTransfers()
        .Where(t => t.Path != searchPage && Path.GetExtension(t.Path).ToLowerInvariant() is not (".css" or ".svg" or ".png" or ".ico" or ".woff2"))
        .ToList();
    return new Measurement(search.Sum(t => t.Bytes), search.Count(t => t.Bytes > 0), elapsed);
}

var rows = new List<(SiteUnderTest Site, string Kind, string Word, List<Measurement> Cold, List<Measurement> Warm)>();
foreach (var site in sites)
{
    await using var host = await FolderHost.StartAsync(site.Folder);
    var url = host.Address + site.SearchPath.TrimStart('/');
    foreach (var (kind, word) in new[] { ("common", site.CommonWord), ("rare", site.RareWord) })
    {
        var cold = new List<Measurement>();
        var warm = new List<Measurement>();
        for (var run = 0; run < runs; run++)
        {
            await using var context = await browser.NewContextAsync();
            await context.AddInitScriptAsync(Probe);
            cold.Add(await SearchOnce(host, context, url, word));
            warm.Add(await SearchOnce(host, context, url, word));
        }

        rows.Add((site, kind, word, cold, warm));
        Console.Error.WriteLine($"{site.Label} {kind} '{word}': cold {Median(cold, m => m.Milliseconds):0} ms {Median(cold, m => m.Bytes) / 1024:0.#} KB, warm {Median(warm, m => m.Milliseconds):0} ms {Median(warm, m => m.Bytes) / 1024:0.#} KB");
    }
}

var table = new StringBuilder();
table.AppendLine("| library | search | word | cold: KB | cold: requests | cold: ms | warm: KB | warm: ms |");
table.AppendLine("|---|---|---|---|---|---|---|---|");
foreach (var (site, kind, word, cold, warm) in rows)
{
    var label = site.Label.Split(':');
    table.AppendLine(CultureInfo.InvariantCulture, $"| {label[0]} | {(label.Length > 1 ? label[1] : "")} | {kind} (`{word}`) | {Median(cold, m => m.Bytes) / 1024:0.#} | {Median(cold, m => m.Requests):0} | {Median(cold, m => m.Milliseconds):0} | {Median(warm, m => m.Bytes) / 1024:0.#} | {Median(warm, m => m.Milliseconds):0} |");
}

Console.Write(table.ToString());
if (jsonPath is not null)
{
    await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(rows.Select(row => new
    {
        site = row.Site.Label,
        kind = row.Kind,
        word = row.Word,
        cold = row.Cold,
        warm = row.Warm,
    }), new JsonSerializerOptions { WriteIndented = true }));
}

return 0;

static double Median(List<Measurement> values, Func<Measurement, double> of)
{
    var sorted = values.Select(of).Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
