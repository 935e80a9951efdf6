namespace HealthLibrary.Output;

/// <summary>Where a build writes its files: a folder swapped in atomically, or memory in tests.</summary>
public interface IOutputSink
{
    /// <summary>
    /// Writes one file; safe to call from several threads at once. The file's bytes are the caller's again once
    /// Write returns (a page's buffer is reused for the next page): a sink copies whatever it keeps.
    /// </summary>
    void Write(OutputFile file);
}
