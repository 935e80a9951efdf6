namespace HealthLibrary.Content;

/// <summary>A body read again from its file (see <see cref="MarkdownBody"/>) found the file changed or gone since the library was read.</summary>
public sealed class BodySourceChangedException(string file, string message) : Exception(message)
{
    /// <summary>The file as writers see it, e.g. <c>input/topics/a.md</c>.</summary>
    public string File { get; } = file;
}
