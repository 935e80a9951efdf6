using HealthLibrary.Model;
using HealthLibrary.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace HealthLibrary.Bench.SearchWeight;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1 as a good static host would: the precompressed .br or
/// .gz sibling when the browser accepts it, the cache rules of HostingRules (the same as _headers), and
/// ETags, so a warm cache revalidates rather than refetches.
/// </summary>
public sealed class FolderHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FolderHost(WebApplication app, string address)
    {
        _app = app;
        Address = address;
    }

    public string Address { get; }

    /// <summary>Each response's path and body bytes as sent (compressed when it was), since the last <see cref="TakeTransfers"/>.</summary>
    private List<(string Path, long Bytes)> Transfers { get; } = [];

    /// <summary>
    /// What was sent since the last call. Counted here rather than in the page because Pagefind fetches
    /// its index from a web worker, whose requests the page's Resource Timing never sees.
    /// </summary>
    public List<(string Path, long Bytes)> TakeTransfers()
    {
        lock (Transfers)
        {
            var taken = Transfers.ToList();
            Transfers.Clear();
            return taken;
        }
    }

    public static async Task<FolderHost> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Port 0: the system picks a free port as the server binds, so no other process can take it first.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".pagefind"] = "application/octet-stream";
        types.Mappings[".pf_meta"] = "application/octet-stream";
        types.Mappings[".pf_index"] = "application/octet-stream";
        types.Mappings[".pf_fragment"] = "application/octet-stream";
        var rules = HostingRules.CacheRules(new SiteUrls(new Uri("http://127.0.0.1/")));
        FolderHost? host = null;
        app.Run(async context =>
        {
            string path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
            string relative = path.TrimStart('/');
            if (relative.Length == 0 || relative.EndsWith('/'))
            {
                relative += "index.html";
            }

            string file = Path.GetFullPath(Path.Combine(folder, relative));
            if (!file.StartsWith(Path.GetFullPath(folder), StringComparison.Ordinal) || !File.Exists(file))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = types.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            string accept = context.Request.Headers.AcceptEncoding.ToString();
            string served = file;
            if (accept.Contains("br", StringComparison.Ordinal) && File.Exists(file + ".br"))
            {
                served = file + ".br";
                context.Response.Headers.ContentEncoding = "br";
            }
            else if (accept.Contains("gzip", StringComparison.Ordinal) && File.Exists(file + ".gz"))
            {
                served = file + ".gz";
                context.Response.Headers.ContentEncoding = "gzip";
            }

            context.Response.Headers.Vary = "Accept-Encoding";
            var (_, cache) = rules.FirstOrDefault(rule => path.StartsWith(rule.Path.TrimEnd('*'), StringComparison.Ordinal));
            // Pagefind's own files get the cache rule of HealthLibrary's index files, so a warm cache treats both alike.
            cache ??= path.StartsWith("/pagefind/", StringComparison.Ordinal) ? "public, max-age=300, must-revalidate" : null;
            if (cache is not null)
            {
                context.Response.Headers.CacheControl = cache;
            }

            var info = new FileInfo(served);
            string etag = $"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"";
            context.Response.Headers.ETag = etag;
            bool unchanged = context.Request.Headers.IfNoneMatch.ToString() == etag;
            lock (host!.Transfers)
            {
                host.Transfers.Add((path, unchanged ? 0 : info.Length));
            }

            if (unchanged)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.ContentLength = info.Length;
            await context.Response.SendFileAsync(served);
        });
        await app.StartAsync();
        int port = new Uri(app.Urls.First()).Port;
        host = new FolderHost(app, $"http://127.0.0.1:{port}/");
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
