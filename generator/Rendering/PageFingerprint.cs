namespace HealthLibrary.Rendering;

/// <summary>
/// A digest of everything a page is made from, in two parts: what every page shows (settings, theme, the categories
/// and pages in the header and footer) and what this page shows of its own. Equal fingerprints give equal bytes.
/// </summary>
public readonly record struct PageFingerprint(ulong SiteWide, ulong Own);
