using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace HealthLibrary.Tests.Support;

/// <summary>Serves a site built in memory on 127.0.0.1, as a plain static host would: index.html for folders, 404.html for the rest.</summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's root address, e.g. http://127.0.0.1:41234/ (with the base path, when given).</summary>
    public string Address { get; }

    /// <summary>Addresses every request asked for, so tests can see what the browser fetched.</summary>
    public List<string> Requests { get; } = [];

    public static async Task<StaticSiteServer> StartAsync(IReadOnlyDictionary<string, byte[]> files, string basePath = "/", IReadOnlyDictionary<string, string>? headers = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Port 0: the system picks a free port as the server binds, so no other process can take it first.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        StaticSiteServer? server = null;
        app.Run(async context =>
        {
            var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
            lock (server!.Requests)
            {
                server.Requests.Add(path);
            }

            var found = Resolve(files, basePath, path, out var file);
            if (!found)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                file = files.TryGetValue("404.html", out var notFound) ? ("404.html", notFound) : ("404.html", []);
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            context.Response.ContentType = types.TryGetContentType(file.Path, out var type) ? type : "application/octet-stream";
            await context.Response.Body.WriteAsync(file.Bytes);
        });
        await app.StartAsync();
        var port = new Uri(app.Urls.First()).Port;
        server = new StaticSiteServer(app, $"http://127.0.0.1:{port}{basePath}");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static bool Resolve(IReadOnlyDictionary<string, byte[]> files, string basePath, string path, out (string Path, byte[] Bytes) file)
    {
        file = ("", []);
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return false;
        }

        var relative = path[basePath.Length..];
        var candidate = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (files.TryGetValue(candidate, out var bytes))
        {
            file = (candidate, bytes);
            return true;
        }

        return false;
    }
}
