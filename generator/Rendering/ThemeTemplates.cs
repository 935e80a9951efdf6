using HealthLibrary.Diagnostics;
using HealthLibrary.Input;
using HealthLibrary.Model;
using HealthLibrary.Yaml;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>
/// The parsed Scriban templates of a theme, with the site's own layouts/ laid over them by name. Every template is
/// parsed once, before any page renders, and the parsed templates are shared by every thread.
/// </summary>
public sealed class ThemeTemplates
{
    public const string TemplatesFolder = "templates";
    public const string LayoutsFolder = "layouts";
    public const string AssetsFolder = "assets";
    public const string Layout = "base";
    public const string Extension = ".sbn";

    /// <summary>The extension of the Handlebars templates themes had before; such a file is an error that says how to move it.</summary>
    public const string HandlebarsExtension = ".hbs";

    /// <summary>The name a theme's own template is reachable by when the site overrides it: "theme/topic".</summary>
    public const string ThemePrefix = "theme/";

    /// <summary>The templates every theme must have, one per kind of page.</summary>
    public static readonly IReadOnlyList<string> PageTemplates =
        [Layout, "home", "topics", "topic", "category", "tag", "risk-index", "risk", "author", "page", "search", "404", "codes", "get-help"];

    private readonly CompiledTheme _compiled;

    /// <summary>The page types with a template of their own (topic-condition.sbn beside topic.sbn), by type id.</summary>
    private readonly HashSet<string> _typesWithTemplates;

    private ThemeTemplates(IContentSource theme, CompiledTheme compiled, HashSet<string> typesWithTemplates)
    {
        Theme = theme;
        _compiled = compiled;
        _typesWithTemplates = typesWithTemplates;
    }

    public IContentSource Theme { get; }

    public static ThemeTemplates? Load(IContentSource theme, IContentSource input, AssetManifest assets, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var themeTexts = ReadTemplates(theme, TemplatesFolder, diagnostics);

        // Site beats theme: one name, one file.
        var texts = new Dictionary<string, (string Text, string Display)>(themeTexts, StringComparer.Ordinal);
        foreach (var (name, text) in ReadTemplates(input, LayoutsFolder, diagnostics))
        {
            texts[name] = text;
        }

        var unreadable = diagnostics.ErrorCount > errorsBefore;

        // A page type's own template stands beside topic.sbn, not among the partials, whose names could clash (topic-cards).
        var typesWithTemplates = TopLevelNames(theme, TemplatesFolder).Concat(TopLevelNames(input, LayoutsFolder))
            .Where(name => name.StartsWith(TypeTemplatePrefix, StringComparison.Ordinal) && texts.ContainsKey(name))
            .Select(name => name[TypeTemplatePrefix.Length..])
            .ToHashSet(StringComparer.Ordinal);

        // The asset function bakes hashed asset names into the compiled theme, so they are part of its key.
        var key = CompiledThemeCache.Key(
            urls.BasePath + "\n" + string.Join("\n", assets.All.Select(asset => asset.FingerprintedName)),
            themeTexts.Select(pair => (ThemePrefix + pair.Key, pair.Value.Text, pair.Value.Display))
                .Concat(texts.Select(pair => (pair.Key, pair.Value.Text, pair.Value.Display)))
                .OrderBy(template => template.Item1, StringComparer.Ordinal));
        if (!unreadable && CompiledThemeCache.Shared.TryGet(key, out var cached))
        {
            return new ThemeTemplates(theme, cached, typesWithTemplates);
        }

        // A file is parsed once though it has two names (the theme's "topic" is also "theme/topic").
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        Template? Parse(string text, string display)
        {
            if (!parsed.TryGetValue(display, out var template))
            {
                template = Template.Parse(text, display);
                parsed[display] = template;
                foreach (var message in template.Messages.Where(message => message.Type == ParserMessageType.Error))
                {
                    diagnostics.Error(DiagnosticCode.TemplateSyntax, At(message.Span), $"the template cannot be read: {message.Message}");
                }
            }

            return template.HasErrors ? null : template;
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, (text, display)) in themeTexts.Select(pair => (ThemePrefix + pair.Key, pair.Value)).Concat(texts.Select(pair => (pair.Key, pair.Value))))
        {
            files[name] = display;
            if (Parse(text, display) is { } template)
            {
                templates[name] = template;
            }
        }

        foreach (var name in PageTemplates.Where(name => !texts.ContainsKey(name)))
        {
            diagnostics.Error(
                DiagnosticCode.ThemeMissing,
                SourceLocation.WholeFile(theme.DisplayPath($"{TemplatesFolder}/{name}{Extension}")),
                $"the theme has no template '{name}{Extension}'",
                "every theme needs: " + string.Join(", ", PageTemplates.Select(page => page + Extension)));
        }

        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        var functions = new ScriptObject();
        functions.SetValue(CachedInclude.Name, new CachedInclude(), true);
        functions.Import("asset", new Func<TemplateContext, SourceSpan, string, string>((_, span, name) =>
            assets.Url(name, urls) ?? throw new ScriptRuntimeException(span, $"asset '{name}' is not in the theme's or the library's assets/")));

        var compiled = new CompiledTheme(templates, files, functions);
        CompiledThemeCache.Shared.Add(key, compiled);
        return new ThemeTemplates(theme, compiled, typesWithTemplates);
    }

    /// <summary>What a page type's own template is called before its type id: topic-condition.</summary>
    public const string TypeTemplatePrefix = "topic-";

    /// <summary>The template a topic of <paramref name="typeId"/> renders with: its type's own when the theme or site has one, else topic.</summary>
    public string TopicTemplate(string? typeId) =>
        typeId is not null && _typesWithTemplates.Contains(typeId) ? TypeTemplatePrefix + typeId : "topic";

    private static IEnumerable<string> TopLevelNames(IContentSource source, string folder) =>
        source.ListFiles(folder)
            .Where(path => path.EndsWith(Extension, StringComparison.Ordinal) && path.IndexOf('/', folder.Length + 1) < 0)
            .Select(path => path[(folder.Length + 1)..^Extension.Length]);

    /// <summary>The writer each thread renders its page templates into, kept from page to page (see <see cref="PageContentWriter"/>).</summary>
    [ThreadStatic]
    private static PageContentWriter? t_content;

    /// <summary>Renders one page template, then wraps it in the layout.</summary>
    public string RenderPage(string name, Dictionary<string, object?> data)
    {
        var page = new PageBuffer();
        RenderPage(name, data, page);
        return System.Text.Encoding.UTF8.GetString(page.Written.Span);
    }

    /// <summary>
    /// Renders one page template, then writes it wrapped in the layout to <paramref name="output"/>: a build writes
    /// each page straight into a buffer it reuses, rather than making the page's text and then its bytes. The layout
    /// gets the page's content as <see cref="PageContent"/>, which goes into the page where the layout prints it.
    /// </summary>
    internal void RenderPage(string name, Dictionary<string, object?> data, PageBuffer output)
    {
        var content = t_content ?? new PageContentWriter();
        t_content = null;
        content.Clear();
        var context = _compiled.PageContext();
        try
        {
            context.Render(_compiled.Templates[name], data, content);
            data["content"] = new PageContent(content);
            context.Render(_compiled.Templates[Layout], data, output.Writer);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A failure may leave scopes pushed in the context: the next page gets a fresh one.
            _compiled.DiscardPageContext();
            throw exception is ScriptRuntimeException ? exception : new TemplateRenderException(exception.Message, exception);
        }
        finally
        {
            data.Remove("content");
        }

        t_content = content;
    }

    /// <summary>The file a template name was taken from: the site's layouts/ or the theme.</summary>
    public string FileOf(string name) => _compiled.Files.TryGetValue(name, out var file) ? file : name + Extension;

    /// <summary>True for the exceptions a template's own mistakes give (not our bugs).</summary>
    public static bool IsTemplateFailure(Exception exception) => exception is ScriptRuntimeException or TemplateRenderException;

    /// <summary>Where in a template a Scriban span starts; Scriban counts lines and columns from 0.</summary>
    internal static SourceLocation At(SourceSpan span) => new(span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>
    /// The templates of a folder by name ("topic", or "risk-badge" for partials/risk-badge.sbn), with their text and
    /// display path. A Handlebars template left from before is an error that says how to move it.
    /// </summary>
    private static Dictionary<string, (string Text, string Display)> ReadTemplates(IContentSource source, string folder, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, (string Text, string Display)>(StringComparer.Ordinal);
        foreach (var path in source.ListFiles(folder))
        {
            if (path.EndsWith(HandlebarsExtension, StringComparison.Ordinal))
            {
                var scriban = Path.ChangeExtension(Path.GetFileName(path), Extension);
                diagnostics.Error(
                    DiagnosticCode.TemplateSyntax,
                    SourceLocation.WholeFile(source.DisplayPath(path)),
                    $"templates are written in Scriban now, and this Handlebars template is not read; rewrite it as {scriban} beside it",
                    "themes/default/README.md, \"Moving layouts from Handlebars\", shows each Handlebars form in Scriban; then delete this file");
                continue;
            }

            if (!path.EndsWith(Extension, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = path[(folder.Length + 1)..^Extension.Length];
            var name = relative.StartsWith("partials/", StringComparison.Ordinal) ? relative["partials/".Length..] : relative;
            if (YamlFileReader.ReadText(source, path, diagnostics) is { } text)
            {
                templates[name] = (text, source.DisplayPath(path));
            }
        }

        return templates;
    }
}
