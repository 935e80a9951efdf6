using System.Text.RegularExpressions;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Model;

/// <summary>
/// Checks every link of a body and works out its published address: relative links to .md files
/// become the target's address, fragments must name a heading of the target, and addresses that
/// would run script are refused.
/// </summary>
public sealed partial class CrossLinkResolver(
    IReadOnlyDictionary<string, LinkTarget> targets,
    IReadOnlySet<string> assets,
    IReadOnlySet<string> failedFiles,
    SiteUrls urls)
{
    /// <summary>The address each link of <paramref name="source"/> is rewritten to, keyed by the URL as written.</summary>
    public IReadOnlyDictionary<string, string> Resolve(LinkTarget source, DiagnosticBag diagnostics)
    {
        var rewritten = new Dictionary<string, string>(source.Body.Links.Count, StringComparer.Ordinal);
        foreach (var link in source.Body.Links)
        {
            var location = new SourceLocation(source.DisplayPath, link.Line, link.Column);
            rewritten[link.Url] = ResolveOne(source, link.Url, link.IsImage, location, diagnostics);
        }

        return rewritten;
    }

    /// <summary>True for addresses a browser would run or that embed content: javascript:, vbscript:, data:, file:.</summary>
    public static bool IsUnsafe(string url)
    {
        // Each of these schemes ends in ':'; most links (to other topics) have none, and need no cleaning.
        if (!url.Contains(':'))
        {
            return false;
        }

        // Browsers ignore tabs, new lines and leading control characters in a scheme, so must we.
        var cleaned = UnsafeNoise().Replace(url, "").ToLowerInvariant();
        return cleaned.StartsWith("javascript:", StringComparison.Ordinal)
            || cleaned.StartsWith("vbscript:", StringComparison.Ordinal)
            || cleaned.StartsWith("data:", StringComparison.Ordinal)
            || cleaned.StartsWith("file:", StringComparison.Ordinal);
    }

    private string ResolveOne(LinkTarget source, string url, bool isImage, SourceLocation location, DiagnosticBag diagnostics)
    {
        var what = isImage ? "image" : "link";
        if (IsUnsafe(url))
        {
            // Neutralised rather than fatal: the page is safe without the link, and the writer is told.
            diagnostics.Warning(DiagnosticCode.UnsafeLink, location, $"{what} address '{Shorten(url)}' could run code in a reader's browser; it was removed", "link to an http or https address, or to another topic's .md file");
            return "#";
        }

        if (SchemePattern().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        if (url.StartsWith('/'))
        {
            return urls.FromSitePath(url);
        }

        var (path, fragment) = SplitFragment(url);
        if (path.Length == 0)
        {
            CheckFragment(source, source, fragment, location, diagnostics);
            return url;
        }

        var resolved = Combine(source.SourcePath, Uri.UnescapeDataString(path));
        if (resolved is not null && targets.TryGetValue(resolved, out var target))
        {
            if (target.Draft)
            {
                diagnostics.Error(DiagnosticCode.BrokenLink, location, $"{what} to '{path}' points to a draft, which is not published", "remove the link, or publish the target by removing draft: true");
                return "#";
            }

            CheckFragment(source, target, fragment, location, diagnostics);
            return fragment is null ? target.Url : target.Url + "#" + fragment;
        }

        if (resolved is not null && failedFiles.Contains(resolved))
        {
            return "#";
        }

        if (resolved is not null && assets.Contains(resolved))
        {
            return urls.Asset(resolved[(ContentLoader.AssetsFolder.Length + 1)..]) + (fragment is null ? "" : "#" + fragment);
        }

        var hint = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? SpellingSuggestion.Hint(Path.GetFileName(path), targets.Keys.Select(Path.GetFileName).OfType<string>()) ?? "check the file name and the ../ steps; links are relative to this file"
            : "link to another topic's .md file, or put the file in assets/";
        diagnostics.Error(DiagnosticCode.BrokenLink, location, $"{what} to '{path}' points to no topic, page or asset", hint);
        return "#";
    }

    private static void CheckFragment(LinkTarget source, LinkTarget target, string? fragment, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (fragment is null || fragment.Length == 0 || target.Body.HasHeadingId(fragment) || IsFootnoteAnchor(source, target, fragment))
        {
            return;
        }

        var ids = target.Body.Headings.Select(heading => heading.Id).Where(id => id.Length > 0).ToList();
        diagnostics.Error(
            DiagnosticCode.BrokenFragment,
            location,
            $"'#{fragment}' is not a heading in {target.DisplayPath}",
            SpellingSuggestion.Hint(fragment, ids) ?? (ids.Count == 0 ? "that page has no headings" : "its headings are: #" + string.Join(", #", ids)));
    }

    private static bool IsFootnoteAnchor(LinkTarget source, LinkTarget target, string fragment) =>
        ReferenceEquals(source, target) && (fragment.StartsWith("fn:", StringComparison.Ordinal) || fragment.StartsWith("fnref:", StringComparison.Ordinal));

    private static (string Path, string? Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        return (path, hash < 0 ? null : url[(hash + 1)..]);
    }

    /// <summary>Joins a link to the folder of the file it is in; null when it climbs out of the input folder.</summary>
    private static string? Combine(string sourcePath, string link)
    {
        var parts = new List<string>(sourcePath.Split('/')[..^1]);
        foreach (var segment in link.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return string.Join('/', parts);
    }

    private static string Shorten(string url) => url.Length <= 40 ? url : url[..40] + "…";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex SchemePattern();

    [GeneratedRegex(@"[\u0000-\u0020\u007F]")]
    private static partial Regex UnsafeNoise();
}
