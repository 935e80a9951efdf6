namespace HealthLibrary.Output;

/// <summary>One file of the built site: its path under the output folder and its bytes.</summary>
public sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    /// <summary>
    /// One of hundreds of like files (the split index's shards), of which a reader fetches a few: compressed at the
    /// balanced settings, since the strongest would cost seconds over them all for an eighth fewer bytes.
    /// </summary>
    public bool OneOfMany { get; init; }

    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
