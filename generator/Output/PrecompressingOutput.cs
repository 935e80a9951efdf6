using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HealthLibrary.Output;

/// <summary>Writes each file, and beside it the .gz and .br that <see cref="Precompression"/> makes for it.</summary>
public sealed class PrecompressingOutput(IOutputSink inner) : IOutputSink
{
    /// <summary>
    /// The compressed copies of bytes written under more than one name (each asset goes to /assets/ and, content-hashed,
    /// to /static/), so each is compressed once.
    /// </summary>
    private readonly ConditionalWeakTable<byte[], IReadOnlyList<OutputFile>> _compressed = new();

    public void Write(OutputFile file)
    {
        var siblings = !file.OneOfMany && Precompression.Applies(file.Path) && MemoryMarshal.TryGetArray(file.Content, out var segment)
            && segment is { Offset: 0, Array: { } bytes } && segment.Count == bytes.Length
                ? Renamed(_compressed.GetValue(bytes, _ => Precompression.WithSiblings(file)), file)
                : Precompression.WithSiblings(file);
        foreach (var written in siblings)
        {
            inner.Write(written);
        }
    }

    /// <summary>The file and its compressed copies, under this file's name.</summary>
    private static IEnumerable<OutputFile> Renamed(IReadOnlyList<OutputFile> made, OutputFile file)
    {
        yield return file;
        var original = made[0].Path;
        foreach (var sibling in made.Skip(1))
        {
            yield return sibling with { Path = file.Path + sibling.Path[original.Length..] };
        }
    }
}
