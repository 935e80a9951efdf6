using HealthLibrary.Input;
using HealthLibrary.Tests.Support;
using Microsoft.Playwright;

namespace HealthLibrary.Tests.Browser;

/// <summary>The sample library, built and served on 127.0.0.1, and one headless Debian Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; tests/run installs it. No browser is downloaded.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public StaticSiteServer Site { get; private set; } = null!;

    public TestBuild Build { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: the browser tests need Debian's chromium package; tests/run installs it (apt-get install chromium).");
        }

        Build = TestBuild.Run(new FileSystemContentSource(Repository.Input, "input")).AssertSucceeded();
        Site = await StaticSiteServer.StartAsync(Build.Output.Files);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // This machine has no network but loopback: keep Chromium from reaching out at all.
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Site.DisposeAsync();
    }

    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var response = await page.GotoAsync(Site.Address + path.TrimStart('/'));
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        return page;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
