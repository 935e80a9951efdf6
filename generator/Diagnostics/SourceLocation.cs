namespace HealthLibrary.Diagnostics;

/// <summary>A place in a writer's file: its display path and 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location that names a file but no place in it (a missing file, a whole-file problem).</summary>
    public static SourceLocation WholeFile(string file) => new(file, 0, 0);

    public override string ToString() => Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
}
