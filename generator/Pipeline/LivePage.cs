using HealthLibrary.Diagnostics;
using HealthLibrary.Rendering;

namespace HealthLibrary.Pipeline;

/// <summary>One file of a site served from memory: rendered already, or rendered once when first needed.</summary>
public sealed class LivePage
{
    private readonly Lazy<byte[]?> _bytes;
    private readonly DiagnosticBag _diagnostics = new();

    /// <param name="fingerprint">A digest of everything the page is made from; equal digests give equal bytes.</param>
    /// <param name="render">Renders the page, or gives null with a diagnostic when a template fails.</param>
    public LivePage(PageFingerprint fingerprint, Func<DiagnosticBag, byte[]?> render)
    {
        Fingerprint = fingerprint;
        _bytes = new Lazy<byte[]?>(() => render(_diagnostics), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public LivePage(byte[] bytes)
    {
        _bytes = new Lazy<byte[]?>(bytes);
    }

    /// <summary>Made from the page's inputs for a page the theme renders; empty for a file made whole.</summary>
    public PageFingerprint Fingerprint { get; }

    public bool IsRendered => _bytes.IsValueCreated;

    /// <summary>The bytes, rendering them first if no one has yet; null when a template failed (see <see cref="Diagnostics"/>).</summary>
    public byte[]? Bytes => _bytes.Value;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.ToSortedList();
}
