using Markdig.Syntax;

namespace HealthLibrary.Content;

/// <summary>The parsed Markdown of a topic or page, its headings and its link addresses, in order.</summary>
public sealed record MarkdownBody(MarkdownDocument Document, IReadOnlyList<Heading> Headings, IReadOnlyList<BodyLink> Links)
{
    private MarkdownDocument? _document = Document;

    /// <summary>The syntax tree, which holds the whole source text: the largest thing a loaded library keeps.</summary>
    public MarkdownDocument Document =>
        _document ?? throw new InvalidOperationException("this body's syntax tree was let go once its page and search document were made");

    public bool HasHeadingId(string id) => Headings.Any(heading => heading.Id == id);

    /// <summary>
    /// Lets go of the syntax tree. A build calls it once the body's page and search document are made, so a library
    /// of thousands of topics never holds every tree at once; headings and links stay for the pages that link here.
    /// </summary>
    internal void Release() => _document = null;
}
