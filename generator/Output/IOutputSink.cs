namespace HealthLibrary.Output;

/// <summary>Where a build writes its files: a folder swapped in atomically, or memory in tests.</summary>
public interface IOutputSink
{
    /// <summary>Writes one file; safe to call from several threads at once.</summary>
    void Write(OutputFile file);
}
