using HealthLibrary.Content.Citations;
using HealthLibrary.Input;
using Markdig.Syntax;

namespace HealthLibrary.Content;

/// <summary>
/// The Markdown of a topic or page: its source, its headings and its link addresses, in order, and a syntax tree
/// made again when a page or search document needs one.
/// </summary>
/// <remarks>
/// A loaded library keeps what the first parse found, not the tree: parsing a body again when its page renders costs
/// less than carrying every tree through the reading stage. The loader says where the source waits until then: in
/// memory as UTF-8 on the pinned object heap (half a string's memory, never copied by the collector) for a library
/// rendered again and again, as serve's is; or in its file, read again when the page renders, for a build, which
/// renders each page once and would otherwise hold every body of the library at once.
/// </remarks>
public sealed class MarkdownBody
{
    private readonly MarkdownSyntax _syntax;
    private string? _source;
    private byte[]? _utf8;
    private BodyInFile? _file;
    private MarkdownDocument? _document;

    internal MarkdownBody(string source, MarkdownSyntax syntax, IReadOnlyList<Heading> headings, IReadOnlyList<BodyLink> links, IReadOnlyList<BodyCitation> citations)
    {
        _source = source;
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
    /// <exception cref="BodySourceChangedException">The body's file changed (or went) since it was read.</exception>
    public MarkdownDocument Document => _document ??= _syntax.ParseDocument(Source());

    public bool HasHeadingId(string id) => Headings.Any(heading => heading.Id == id);

    /// <summary>Keeps the source in memory, as UTF-8, for as long as the body is kept.</summary>
    internal void KeepInMemory()
    {
        if (_source is { } source)
        {
            _utf8 = GC.AllocateUninitializedArray<byte>(System.Text.Encoding.UTF8.GetByteCount(source), pinned: true);
            System.Text.Encoding.UTF8.GetBytes(source, _utf8);
            _source = null;
        }
    }

    /// <summary>
    /// Lets go of the source, to read it again from its file, <paramref name="text"/> as decoded from
    /// <paramref name="bytes"/>, when the tree is asked for. A body that is not the end of that text (the loader put
    /// another in its place) is kept in memory instead.
    /// </summary>
    internal void KeepInFile(IContentSource input, string path, byte[] sha256, byte[] bytes, string text)
    {
        if (_source is not { } source)
        {
            return;
        }

        if (BodyInFile.Of(input, path, sha256, bytes, text, source) is { } file)
        {
            (_file, _source) = (file, null);
        }
        else
        {
            KeepInMemory();
        }
    }

    /// <summary>
    /// Lets go of the syntax tree and the source. A build calls it once the body's page and search document are made,
    /// so the memory goes back while later pages render; headings and links stay for the pages that link here.
    /// </summary>
    internal void Release() => (_document, _source, _utf8, _file) = (null, null, null, null);

    private string Source() =>
        _source
        ?? (_utf8 is { } utf8 ? System.Text.Encoding.UTF8.GetString(utf8) : null)
        ?? _file?.Read()
        ?? throw new InvalidOperationException("this body was let go once its page and search document were made");
}
