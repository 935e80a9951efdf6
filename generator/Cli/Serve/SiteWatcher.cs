using System.Threading.Channels;
using HealthLibrary.Pipeline;

namespace HealthLibrary.Cli.Serve;

/// <summary>
/// Watches the input folder (and the theme folder, when asked) and hands over one <see cref="SiteChanges"/> per burst
/// of events: an editor's save is often several (write a temporary file, rename it, touch the folder), so changes are
/// gathered until none has come for <see cref="Quiet"/>.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    /// <summary>How long a burst must be quiet before a rebuild starts; short enough not to be felt.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    /// <summary>A burst that never goes quiet (a tool rewriting many files) is cut here so the browser still catches up.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(1);

    private readonly string _input;
    private readonly string? _theme;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<(string? Path, bool Theme, bool Moved)> _events = Channel.CreateUnbounded<(string?, bool, bool)>();

    public SiteWatcher(string inputFolder, string? themeFolder)
    {
        _input = Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputFolder));
        _theme = themeFolder is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(themeFolder));
        _watchers.Add(Watch(_input, theme: false));
        if (_theme is not null && !IsBelow(_theme, _input))
        {
            _watchers.Add(Watch(_theme, theme: true));
        }
    }

    /// <summary>Waits for the next burst of changes; null when <paramref name="cancellation"/> ends the wait.</summary>
    public async Task<SiteChanges?> NextAsync(CancellationToken cancellation)
    {
        try
        {
            var first = await _events.Reader.ReadAsync(cancellation);
            var burst = new List<(string? Path, bool Theme, bool Moved)> { first };
            var started = DateTime.UtcNow;
            while (DateTime.UtcNow - started < Longest)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                quiet.CancelAfter(Quiet);
                try
                {
                    burst.Add(await _events.Reader.ReadAsync(quiet.Token));
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    break;
                }
            }

            var paths = burst.Select(e => e.Path).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            // A path of null stands for lost events: only reading everything again is safe then.
            return new SiteChanges(paths, Theme: burst.Any(e => e.Theme), Everything: burst.Any(e => e.Path is null && !e.Theme), FilesMoved: burst.Any(e => e.Moved));
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private FileSystemWatcher Watch(string folder, bool theme)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Seen(e.FullPath, theme, moved: false);
        watcher.Created += (_, e) => Seen(e.FullPath, theme, moved: true);
        watcher.Deleted += (_, e) => Seen(e.FullPath, theme, moved: true);
        watcher.Renamed += (_, e) =>
        {
            Seen(e.OldFullPath, theme, moved: true);
            Seen(e.FullPath, theme, moved: true);
        };
        watcher.Error += (_, _) => _events.Writer.TryWrite((null, false, true));
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Seen(string fullPath, bool theme, bool moved)
    {
        if (theme || (_theme is not null && IsBelow(fullPath, _theme)))
        {
            _events.Writer.TryWrite((null, true, moved));
            return;
        }

        var relative = Path.GetRelativePath(_input, fullPath).Replace('\\', '/');
        // Hidden files and editors' backups (.a.md.swp, a.md~) are no part of the library; saving one must not rebuild.
        if (relative.StartsWith("..", StringComparison.Ordinal) || relative.Split('/').Any(part => part.StartsWith('.')) || relative.EndsWith('~'))
        {
            return;
        }

        _events.Writer.TryWrite((relative, false, moved));
    }

    private static bool IsBelow(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
