using System.Net;
using System.Text;
using System.Text.Json;
using HealthLibrary.Cli;
using HealthLibrary.Cli.Serve;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using HealthLibrary.Tests.Support;

namespace HealthLibrary.Tests.Cli;

/// <summary>serve over real HTTP on a loopback port: pages, 404s, saves reaching open pages, errors shown and cleared.</summary>
[Slow(SlowGroup.Serve)]
public sealed class ServeTests : IAsyncLifetime
{
    /// <summary>Every wait in these tests ends by then: a change that never arrives fails the test instead of hanging it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly SiteFolder _site = new(Sites.Small);
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = Patience };
    private PreviewServer? _server;

    private PreviewServer Server => _server!;

    public async Task InitializeAsync()
    {
        var options = new BuildOptions { Today = TestBuild.Today, Theme = new FileSystemContentSource(Repository.DefaultTheme, "themes/default") };
        var reporter = new ConsoleReporter(ConsoleReporter.Create(TextWriter.Null, true), ConsoleReporter.Create(TextWriter.Null, true));
        _server = await PreviewServer.StartAsync(_site.Input, port: 0, watchTheme: false, options, reporter);
        _http.BaseAddress = Server.Address;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site.Dispose();
    }

    [Fact]
    public async Task Serves_pages_on_loopback_with_their_types_and_the_404_page_for_missing_paths()
    {
        Assert.Equal("127.0.0.1", Server.Address.Host);

        var page = await _http.GetAsync("/topics/alpha/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Contains("<h1", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var css = await _http.GetAsync("/assets/site.css");
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());

        var missing = await _http.GetAsync("/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("text/html", missing.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TestBuild.Run(Sites.Small).Html("404.html").Split("</body>")[0], (await missing.Content.ReadAsStringAsync()).Split("<script src=\"/__healthlib/")[0]);

        var folder = await _http.GetAsync("/topics/alpha");
        Assert.Equal("/topics/alpha/", folder.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Html_gets_the_external_reload_script_before_the_body_ends_and_the_script_is_served()
    {
        var html = await _http.GetStringAsync("/topics/alpha/");

        Assert.Matches("<script src=\"/__healthlib/reload.js\\?v=1\" defer></script>\n</body>", html);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        var script = await _http.GetAsync(HtmlInjection.ScriptPath);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_topic_reaches_the_page_and_open_pages_get_a_reload_event()
    {
        await using var events = await EventStream.OpenAsync(_http);
        await events.NextAsync("hello");

        _site.Write("input/topics/alpha.md", _site.Read("input/topics/alpha.md").Replace("See [beta]", "Freshly saved words. See [beta]", StringComparison.Ordinal));

        var reload = await events.NextAsync("reload");
        Assert.Equal(2, reload.GetProperty("version").GetInt32());
        Assert.Contains("Freshly saved words.", await _http.GetStringAsync("/topics/alpha/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_file_sends_its_errors_with_file_line_and_column_and_a_fix_clears_them()
    {
        await using var events = await EventStream.OpenAsync(_http);
        await events.NextAsync("hello");
        var good = _site.Read("input/topics/alpha.md");

        _site.Write("input/topics/alpha.md", good.Replace("risk: low", "risk: medium", StringComparison.Ordinal));

        var errors = await events.NextAsync("errors");
        var diagnostic = Assert.Single(errors.GetProperty("diagnostics").EnumerateArray());
        Assert.EndsWith("topics/alpha.md", diagnostic.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(7, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("HL0105", diagnostic.GetProperty("code").GetString());
        Assert.Contains("risk 'medium' is not a risk level", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("HL0105", await _http.GetStringAsync(PreviewServer.StatusPath), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/topics/alpha/")).StatusCode);

        _site.Write("input/topics/alpha.md", good);

        await events.NextAsync("reload");
        using var status = JsonDocument.Parse(await _http.GetStringAsync(PreviewServer.StatusPath));
        Assert.Equal(JsonValueKind.Null, status.RootElement.GetProperty("errors").ValueKind);
    }

    [Fact]
    public async Task A_page_opened_while_the_library_has_errors_is_sent_them_when_it_connects()
    {
        _site.Write("input/topics/beta.md", _site.Read("input/topics/beta.md").Replace("risk: high", "risk: extreme", StringComparison.Ordinal));
        await using (var first = await EventStream.OpenAsync(_http))
        {
            await first.NextAsync("errors");
        }

        await using var late = await EventStream.OpenAsync(_http);
        await late.NextAsync("hello");
        var errors = await late.NextAsync("errors");
        Assert.Contains("extreme", errors.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>A text/event-stream read line by line, every read bounded by <see cref="Patience"/>.</summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventStream(HttpResponseMessage response, StreamReader reader) => (_response, _reader) = (response, reader);

        public static async Task<EventStream> OpenAsync(HttpClient http)
        {
            var response = await http.GetAsync(PreviewServer.EventsPath, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
            return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8));
        }

        /// <summary>Skips events until one named <paramref name="name"/> comes, and gives its data.</summary>
        public async Task<JsonElement> NextAsync(string name)
        {
            using var timeout = new CancellationTokenSource(Patience);
            string? current = null;
            while (true)
            {
                var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the event stream ended");
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    current = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name)
                {
                    return JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
                }
            }
        }

        public ValueTask DisposeAsync()
        {
            _reader.Dispose();
            _response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
