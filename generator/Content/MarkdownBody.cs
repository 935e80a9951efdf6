using Markdig.Syntax;

namespace HealthLibrary.Content;

/// <summary>The parsed Markdown of a topic or page, its headings and its link addresses, in order.</summary>
public sealed record MarkdownBody(MarkdownDocument Document, IReadOnlyList<Heading> Headings, IReadOnlyList<BodyLink> Links)
{
    public bool HasHeadingId(string id) => Headings.Any(heading => heading.Id == id);
}
