using HealthLibrary.Content.Citations;
using Markdig.Syntax;

namespace HealthLibrary.Content;

/// <summary>
/// The Markdown of a topic or page: its source, its headings and its link addresses, in order, and a syntax tree
/// made again when a page or search document needs one.
/// </summary>
/// <remarks>
/// A loaded library keeps the source and what the first parse found, not the tree: parsing a body again when its
/// page renders costs less than carrying every tree through the reading stage. The source is UTF-8 on the pinned
/// object heap, where it takes half a string's memory and the collector never copies it.
/// </remarks>
public sealed class MarkdownBody
{
    private readonly MarkdownSyntax _syntax;
    private byte[]? _utf8;
    private MarkdownDocument? _document;

    internal MarkdownBody(string source, MarkdownSyntax syntax, IReadOnlyList<Heading> headings, IReadOnlyList<BodyLink> links, IReadOnlyList<BodyCitation> citations)
    {
        _utf8 = GC.AllocateUninitializedArray<byte>(System.Text.Encoding.UTF8.GetByteCount(source), pinned: true);
        System.Text.Encoding.UTF8.GetBytes(source, _utf8);
        _syntax = syntax;
        Headings = headings;
        Links = links;
        Citations = citations;
    }

    public IReadOnlyList<Heading> Headings { get; }

    public IReadOnlyList<BodyLink> Links { get; }

    /// <summary>Every reference id cited with <c>[@id]</c>, in the order written.</summary>
    public IReadOnlyList<BodyCitation> Citations { get; }

    /// <summary>The syntax tree, parsed from the source the first time it is asked for and kept until <see cref="Release"/>.</summary>
    public MarkdownDocument Document =>
        _document ??= _syntax.ParseDocument(
            System.Text.Encoding.UTF8.GetString(_utf8 ?? throw new InvalidOperationException("this body was let go once its page and search document were made")));

    public bool HasHeadingId(string id) => Headings.Any(heading => heading.Id == id);

    /// <summary>
    /// Lets go of the syntax tree and the source. A build calls it once the body's page and search document are made,
    /// so the memory goes back while later pages render; headings and links stay for the pages that link here.
    /// </summary>
    internal void Release() => (_document, _utf8) = (null, null);
}
