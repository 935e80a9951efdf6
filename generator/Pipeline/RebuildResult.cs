using HealthLibrary.Diagnostics;

namespace HealthLibrary.Pipeline;

/// <summary>
/// The outcome of one rebuild of a live site: its problems, the new snapshot (null when the build failed), how many
/// files differ from the last good build, and how many of those were rendered at once or left for later.
/// </summary>
public sealed record RebuildResult(GeneratorResult Result, LiveSnapshot? Snapshot, int Changed, int Rendered, int Pending)
{
    public bool Succeeded => Snapshot is not null;

    /// <summary>True when the model was updated from the last build's, and only pages showing what changed were looked at.</summary>
    public bool Updated { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;
}
