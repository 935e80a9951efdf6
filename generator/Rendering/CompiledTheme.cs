using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Runtime;

namespace HealthLibrary.Rendering;

/// <summary>
/// A theme's templates parsed by Scriban, by the names <c>include</c> knows them by, with the file each came from, the
/// theme's functions, and the contexts each thread renders in, kept from page to page because making one is costly.
/// </summary>
public sealed class CompiledTheme
{
    private readonly ThreadLocal<HtmlTemplateContext?> _pageContexts = new();
    private readonly ThreadLocal<HtmlTemplateContext?> _isolatedContexts = new();

    /// <param name="templates">Every template by name: "topic", "risk-badge", and "theme/risk-badge" for the theme's own.</param>
    /// <param name="files">The file each name was taken from, as diagnostics show it.</param>
    /// <param name="functions">The functions the theme's templates may call besides Scriban's.</param>
    public CompiledTheme(IReadOnlyDictionary<string, Template> templates, IReadOnlyDictionary<string, string> files, ScriptObject functions)
    {
        Templates = templates;
        Files = files;
        Functions = functions;
        Loader = new ThemeTemplateLoader(templates);
    }

    public IReadOnlyDictionary<string, Template> Templates { get; }

    public IReadOnlyDictionary<string, string> Files { get; }

    internal ScriptObject Functions { get; }

    internal Scriban.Runtime.ITemplateLoader Loader { get; }

    /// <summary>The HTML <c>include_cached</c> made, by partial name and then by value.</summary>
    internal ConcurrentDictionary<string, ConditionalWeakTable<object, TrustedHtml>> CachedPartials { get; } = new(StringComparer.Ordinal);

    /// <summary>This thread's context for pages.</summary>
    internal HtmlTemplateContext PageContext() => _pageContexts.Value ??= new HtmlTemplateContext(this);

    /// <summary>Drops this thread's page context after a failure, which may have left it with scopes pushed.</summary>
    internal void DiscardPageContext() => _pageContexts.Value = null;

    /// <summary>This thread's context for cached partials, which holds no page's data.</summary>
    internal HtmlTemplateContext IsolatedContext() => _isolatedContexts.Value ??= new HtmlTemplateContext(this, isolated: true);

    internal void DiscardIsolatedContext() => _isolatedContexts.Value = null;
}
