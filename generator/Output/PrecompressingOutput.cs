namespace HealthLibrary.Output;

/// <summary>Writes each file, and beside it the .gz and .br that <see cref="Precompression"/> makes for it.</summary>
public sealed class PrecompressingOutput(IOutputSink inner) : IOutputSink
{
    public void Write(OutputFile file)
    {
        foreach (var written in Precompression.WithSiblings(file))
        {
            inner.Write(written);
        }
    }
}
