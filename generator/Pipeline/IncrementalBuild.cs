using System.Collections.Concurrent;
using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Output;

namespace HealthLibrary.Pipeline;

/// <summary>
/// A build into an output folder, which skips the stages when the folder already is what they would write: same
/// inputs, same generator, same options, and an output nobody touched since the last build. Its steps are taken in
/// order: <see cref="Unchanged"/>, then <see cref="Load"/>, <see cref="Stage"/>, <see cref="Build"/> and <see cref="Commit"/>.
/// </summary>
public sealed class IncrementalBuild
{
    /// <summary>File times come from a clock that may lag the system's by a few milliseconds.</summary>
    private static readonly TimeSpan FileClockSlack = TimeSpan.FromMilliseconds(20);

    private readonly FileSystemContentSource _input;
    private readonly string _output;
    private readonly BuildOptions _options;
    private readonly BuildObservers _observers;
    private readonly DateTime _started = DateTime.UtcNow;
    private readonly BuildCache? _last;
    private readonly ConcurrentDictionary<string, byte[]>? _readHashes;
    private Task<InputFingerprint.Fingerprint?> _fingerprint = Task.FromResult<InputFingerprint.Fingerprint?>(null);

    /// <summary>A build that asks for its search documents always runs the stages, and leaves no record.</summary>
    public IncrementalBuild(FileSystemContentSource input, string outputFolder, BuildOptions options, BuildObservers observers)
    {
        (_input, _output, _options, _observers) = (input, outputFolder, options, observers);
        _last = options.KeepSearchDocuments ? null : BuildCache.Read(outputFolder);
        // Without a record of the last build there is nothing to compare with: the fingerprint, wanted only for the
        // record this build leaves, is then taken after the library is read, from the hashes of what was read.
        _readHashes = options.KeepSearchDocuments || _last is not null ? null : new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
    }

    /// <summary>The last build's record when the output already is what this build would write, byte for byte; else null.</summary>
    public BuildCache? Unchanged()
    {
        if (_last is null)
        {
            return null;
        }

        // The output is checked against the record while the inputs are hashed, each on a core; the check stops when
        // the hashes show a build is needed anyway.
        using var stopChecking = new CancellationTokenSource();
        var checking = Task.Run(() => _observers.Time("check output", () => _last.Describes(Path.GetFullPath(_output), stopChecking.Token)));
        _fingerprint = Task.FromResult(_observers.Time("fingerprint inputs", () => InputFingerprint.Compute(_input, _options)));
        if (_fingerprint.Result is { } known && _last.Fingerprint == known.Hash && checking.GetAwaiter().GetResult())
        {
            return _last;
        }

        // It stops at its next file: nothing reads the old output while the build replaces it.
        stopChecking.Cancel();
        checking.GetAwaiter().GetResult();
        return null;
    }

    public (LoadedSite? Site, GeneratorResult Result) Load(IBuildProgress? progress)
    {
        var loaded = SiteGenerator.Load(_input, _options, _observers with { Progress = progress }, null, _readHashes);
        if (_readHashes is not null && loaded.Site is not null)
        {
            _fingerprint = Task.Run(() =>
            {
                BuildCache.Prepare();
                return InputFingerprint.Compute(_input, _options, _readHashes);
            });
        }

        return loaded;
    }

    /// <summary>A staging folder beside the output, swapped in whole by <see cref="Commit"/>; left out if the build fails.</summary>
    public DirectoryOutput Stage() => _observers.Time("clean up and stage", () => new DirectoryOutput(_output));

    public BuildReport Build(LoadedSite site, DirectoryOutput staged, IBuildProgress? progress) =>
        SiteGenerator.Build(site, staged, _options, _observers with { Progress = progress });

    /// <summary>Swaps the staged output in and records what it was made from, so that the next build can be skipped.</summary>
    public void Commit(DirectoryOutput staged, int pages, int topics, IReadOnlyList<Diagnostic> diagnostics)
    {
        _observers.Time("swap in, remove old", staged.Commit);
        // A file saved during the build may or may not be in it: then the next build must not be skipped.
        if (_fingerprint.GetAwaiter().GetResult() is { } fingerprint && fingerprint.NewestFile < _started - FileClockSlack)
        {
            _observers.Time("remember inputs", () => BuildCache.Describe(staged, fingerprint.Hash, pages, topics, diagnostics).Write(staged.Output));
        }
    }
}
