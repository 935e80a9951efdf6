using Markdig.Syntax;

namespace HealthLibrary.Content;

/// <summary>The parsed Markdown of a topic or page, and its headings in order.</summary>
public sealed record MarkdownBody(MarkdownDocument Document, IReadOnlyList<Heading> Headings)
{
    public bool HasHeadingId(string id) => Headings.Any(heading => heading.Id == id);
}
