using Markdig.Syntax.Inlines;

namespace HealthLibrary.Content.Citations;

/// <summary><c>[@a]</c> or <c>[@a; @b]</c> in a body: the ids it cites, each with its column, and the text as written.</summary>
public sealed class CitationInline(IReadOnlyList<(string Id, int Column)> ids, string written) : LeafInline
{
    public IReadOnlyList<(string Id, int Column)> Ids { get; } = ids;

    /// <summary>The citation as the writer typed it, shown as text where there is nothing to number it by.</summary>
    public string Written { get; } = written;
}
