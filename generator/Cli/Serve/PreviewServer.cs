using System.Net;
using System.Text;
using System.Text.Json;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HealthLibrary.Cli.Serve;

/// <summary>
/// <c>serve</c>: builds the library into memory, serves it on 127.0.0.1, and after each change rebuilds what the
/// change touched and tells open pages to reload (or shows them the errors). Keeps serving the last good site.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string EventsPath = "/__healthlib/events";
    public const string StatusPath = "/__healthlib/status";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly byte[] Script = ReadScript();

    private readonly LiveSite _site;
    private readonly ReloadEvents _events = new();
    private readonly ConsoleReporter _reporter;
    private readonly IContentSource _input;
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task _watching = Task.CompletedTask;
    private CancellationTokenSource _background = new();

    private PreviewServer(IContentSource input, BuildOptions options, ConsoleReporter reporter)
    {
        _input = input;
        _site = new LiveSite(input, options);
        _reporter = reporter;
    }

    /// <summary>The address the site is served at, e.g. http://127.0.0.1:5080/.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public ReloadEvents Events => _events;

    /// <summary>Builds, starts the server (port 0 picks a free one) and starts watching.</summary>
    public static async Task<PreviewServer> StartAsync(string inputFolder, int port, bool watchTheme, BuildOptions options, ConsoleReporter reporter)
    {
        var server = new PreviewServer(new FileSystemContentSource(inputFolder), options, reporter);
        server.Build(SiteChanges.All, first: true);
        await server.ListenAsync(port);
        server._watcher = new SiteWatcher(inputFolder, watchTheme ? server._site.ThemeFolder : null);
        server._watching = Task.Run(server.WatchAsync);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _background.CancelAsync();
        await _watching;
        _watcher?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task WatchAsync()
    {
        while (await _watcher!.NextAsync(_stopping.Token) is { } changes)
        {
            Build(changes, first: false);
        }
    }

    private void Build(SiteChanges changes, bool first)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = _site.Rebuild(changes);
        var elapsed = clock.Elapsed.TotalMilliseconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        var (errors, warnings) = (result.Result.Errors, result.Result.Warnings);

        // At start every problem is news; later only the errors and what the saved files say.
        var changed = changes.Paths.Select(_input.DisplayPath).ToHashSet(StringComparer.Ordinal);
        _reporter.Report(first ? result.Diagnostics : result.Diagnostics.Where(d => d.Severity == Severity.Error || changed.Contains(d.File)));
        if (!result.Succeeded)
        {
            _events.Failed(result.Diagnostics);
            _reporter.Line($"Build failed: {ConsoleReporter.Plural(errors, "error")}, {ConsoleReporter.Plural(warnings, "warning")}; {(_site.Current is null ? "nothing to serve yet" : "still serving the last good build")}.");
            return;
        }

        var snapshot = result.Snapshot!;
        if (first)
        {
            _reporter.Line($"Built {ConsoleReporter.Plural(snapshot.Files.Count, "file")}, {ConsoleReporter.Plural(warnings, "warning")} in {elapsed} ms.");
        }
        else if (result.Changed > 0 || _events.Errors is not null)
        {
            _reporter.Line($"Rebuilt in {elapsed} ms: {ConsoleReporter.Plural(result.Rendered, "page")} now, {result.Pending} when first asked for; {ConsoleReporter.Plural(warnings, "warning")}.");
        }

        if (result.Changed > 0 || _events.Errors is not null || first)
        {
            _events.Reload(snapshot.Version);
        }

        RenderInBackground(snapshot);
    }

    /// <summary>Renders what the change left pending, so the next page a writer opens is ready; a newer build cancels it.</summary>
    private void RenderInBackground(LiveSnapshot snapshot)
    {
        var previous = _background;
        _background = new CancellationTokenSource();
        previous.Cancel();
        var token = _background.Token;
        _ = Task.Run(() =>
        {
            var failures = LiveSite.RenderPending(snapshot, token);
            if (failures.Count > 0 && !token.IsCancellationRequested)
            {
                _reporter.Report(failures);
                _events.Failed(failures);
            }
        });
    }

    private async Task ListenAsync(int port)
    {
        // The empty builder reads no appsettings and no ASPNETCORE_ variables, and watches no files: the default
        // one watches its content root (the working folder, perhaps a home folder or /tmp) folder by folder.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _app = builder.Build();
        _app.Run(Handle);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    private async Task Handle(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        switch (context.Request.Path.Value)
        {
            case EventsPath:
                await StreamEvents(context);
                return;
            case HtmlInjection.ScriptPath:
                await Send(response, 200, "text/javascript; charset=utf-8", Script);
                return;
            case StatusPath:
                var status = $"{{\"version\":{_events.Version},\"errors\":{_events.Errors ?? "null"}}}";
                await Send(response, 200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(status));
                return;
        }

        await SendSiteFile(context);
    }

    private async Task SendSiteFile(HttpContext context)
    {
        var snapshot = _site.Current;
        if (snapshot is null)
        {
            // No good build yet: a page that shows the errors, and reloads when they are fixed.
            var page = Encoding.UTF8.GetBytes("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>healthlib serve</title></head><body><h1>The library has errors</h1><p>See the terminal.</p></body></html>\n");
            await SendHtml(context.Response, 503, page, 0);
            return;
        }

        var basePath = snapshot.Urls.BasePath;
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path == "/" && basePath != "/")
        {
            context.Response.Redirect(basePath);
            return;
        }

        // The file an address is written to, by the plan's one rule (/topics/a/ is topics/a/index.html).
        var file = path.StartsWith(basePath, StringComparison.Ordinal) ? snapshot.Urls.OutputPath(path) : null;

        if (file is not null && snapshot.Find(file) is { } found)
        {
            await SendFile(context.Response, 200, file, found, snapshot.Version);
            return;
        }

        // Static hosts answer /topics/a with the folder's address; so does this.
        if (file is not null && snapshot.Find(file + "/index.html") is not null)
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString);
            return;
        }

        var notFound = snapshot.Urls.OutputPath(snapshot.Urls.NotFound);
        if (snapshot.Find(notFound) is { } missing)
        {
            await SendFile(context.Response, 404, notFound, missing, snapshot.Version);
            return;
        }

        await Send(context.Response, 404, "text/plain; charset=utf-8", "Not found\n"u8.ToArray());
    }

    private static async Task SendFile(HttpResponse response, int status, string path, LivePage page, int version)
    {
        var bytes = page.Bytes;
        if (bytes is null)
        {
            var problems = string.Join("\n", page.Diagnostics.Select(d => d.ToString()));
            await Send(response, 500, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"This page could not be rendered:\n{problems}\n"));
            return;
        }

        var type = ContentType(path);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            await SendHtml(response, status, bytes, version);
            return;
        }

        await Send(response, status, type, bytes);
    }

    private static async Task SendHtml(HttpResponse response, int status, byte[] html, int version)
    {
        var (before, tag, after) = HtmlInjection.Inject(html, version);
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = before.Length + tag.Length + after.Length;
        await response.Body.WriteAsync(before);
        await response.Body.WriteAsync(tag);
        await response.Body.WriteAsync(after);
    }

    private static async Task Send(HttpResponse response, int status, string type, byte[] bytes)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }

    private async Task StreamEvents(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.Connection = "keep-alive";
        var reader = _events.Listen();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        try
        {
            // A browser that loses the connection tries again after this long.
            await response.WriteAsync("retry: 500\n\n", ended.Token);
            await response.Body.FlushAsync(ended.Token);
            await foreach (var message in reader.ReadAllAsync(ended.Token))
            {
                await response.WriteAsync(message, ended.Token);
                await response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or serve is stopping.
        }
        finally
        {
            _events.Leave(reader);
        }
    }

    private static string ContentType(string path)
    {
        var type = ContentTypes.TryGetContentType(path, out var found) ? found : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml" or "application/xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static byte[] ReadScript()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("HealthLibrary.Cli.Serve.reload.js")
            ?? throw new InvalidOperationException("reload.js is not embedded in the generator");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
