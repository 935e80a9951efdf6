using HandlebarsDotNet;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;
using HealthLibrary.Model;

namespace HealthLibrary.Rendering;

/// <summary>
/// The compiled templates of a theme, with the site's own layouts/ laid over them. Files are resolved
/// before they are registered, because Handlebars lets the last registration win silently.
/// </summary>
public sealed partial class ThemeTemplates
{
    public const string TemplatesFolder = "templates";
    public const string LayoutsFolder = "layouts";
    public const string AssetsFolder = "assets";
    public const string Layout = "base";

    /// <summary>The templates every theme must have, one per kind of page.</summary>
    public static readonly IReadOnlyList<string> PageTemplates =
        [Layout, "home", "topics", "topic", "category", "tag", "risk-index", "risk", "author", "page", "search", "404", "codes"];

    private readonly CompiledTheme _compiled;

    private ThemeTemplates(IContentSource theme, CompiledTheme compiled)
    {
        Theme = theme;
        _compiled = compiled;
    }

    public IContentSource Theme { get; }

    public static ThemeTemplates? Load(IContentSource theme, IContentSource input, AssetManifest assets, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var themeTexts = ReadTemplates(theme, TemplatesFolder, diagnostics);

        // Site beats theme: one name, one file, chosen here rather than by registration order.
        var texts = new Dictionary<string, (string Text, string Display)>(themeTexts, StringComparer.Ordinal);
        foreach (var (name, text) in ReadTemplates(input, LayoutsFolder, diagnostics))
        {
            texts[name] = text;
        }

        var unreadable = diagnostics.ErrorCount > errorsBefore;

        // The asset helper bakes hashed asset names into the compiled theme, so they are part of its key.
        var key = CompiledThemeCache.Key(
            urls.BasePath + "\n" + string.Join("\n", assets.All.Select(asset => asset.FingerprintedName)),
            themeTexts.Select(pair => ("theme/" + pair.Key, pair.Value.Text, pair.Value.Display))
                .Concat(texts.Select(pair => (pair.Key, pair.Value.Text, pair.Value.Display)))
                .OrderBy(template => template.Item1, StringComparer.Ordinal));
        if (!unreadable && CompiledThemeCache.Shared.TryGet(key, out var cached))
        {
            return new ThemeTemplates(theme, cached);
        }

        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            // A typo in a template must fail the build, not render a blank where a risk label should be.
            ThrowOnUnresolvedBindingExpression = true,
        });
        PartialScopes.Register(handlebars);
        // Names as {{> name}} resolves them: the site's layouts over the theme's, and theme/name for the theme's own.
        CachedPartials.Register(handlebars, name =>
            (name.StartsWith("theme/", StringComparison.Ordinal) ? themeTexts.GetValueOrDefault(name["theme/".Length..]) : texts.GetValueOrDefault(name)) is { Text: { } text }
                ? Prepared(text, prepared => handlebars.Compile(new StringReader(prepared)))
                : null);
        handlebars.RegisterHelper("asset", (Context _, Arguments arguments) => assets.Url(arguments.Length > 0 ? arguments[0]?.ToString() ?? "" : "", urls));
        foreach (var (name, (text, display)) in themeTexts)
        {
            Register(handlebars, "theme/" + name, text, display, diagnostics);
        }

        foreach (var (name, (text, display)) in texts)
        {
            Register(handlebars, name, text, display, diagnostics);
        }

        var pages = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        foreach (var name in PageTemplates)
        {
            if (!texts.TryGetValue(name, out var entry))
            {
                diagnostics.Error(
                    DiagnosticCode.ThemeMissing,
                    SourceLocation.WholeFile(theme.DisplayPath($"{TemplatesFolder}/{name}.hbs")),
                    $"the theme has no template '{name}.hbs'",
                    "every theme needs: " + string.Join(", ", PageTemplates.Select(page => page + ".hbs")));
                continue;
            }

            if (TooDeep(entry.Text, entry.Display, diagnostics))
            {
                continue;
            }

            try
            {
                pages[name] = Prepared(entry.Text, text => handlebars.Compile(new StringReader(text)));
            }
            catch (Exception exception) when (IsHandlebarsFailure(exception))
            {
                diagnostics.Error(DiagnosticCode.TemplateSyntax, SourceLocation.WholeFile(entry.Display), $"the template cannot be read: {FirstLine(exception.Message)}");
            }
        }

        if (diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        var compiled = new CompiledTheme(
            pages,
            texts.ToDictionary(pair => pair.Key, pair => pair.Value.Display, StringComparer.Ordinal),
            ContentPlacedOnce(texts[Layout].Text, texts.Where(pair => pair.Key != Layout).Select(pair => pair.Value.Text)));
        CompiledThemeCache.Shared.Add(key, compiled);
        return new ThemeTemplates(theme, compiled);
    }

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
    /// Stands in for the page's content while the layout is rendered, when the layout places the content once and
    /// unescaped: the content's text then goes from its builder into the page's bytes at the marker, and is never
    /// made into one string (those strings were a sixth of everything a build allocated). Control characters keep
    /// it from being text a template could print by chance.
    /// </summary>
    private const string ContentMarker = "\u0001healthlib-page-content-8d4f2c\u0001";

    private static readonly byte[] ContentMarkerBytes = System.Text.Encoding.UTF8.GetBytes(ContentMarker);

    /// <summary>
    /// Renders one page template, then writes it wrapped in the layout to <paramref name="output"/>: a build writes
    /// each page straight into a buffer it reuses, rather than making the page's text and then its bytes.
    /// </summary>
    internal void RenderPage(string name, Dictionary<string, object?> data, PageBuffer output)
    {
        try
        {
            var content = t_content ?? new PageContentWriter();
            t_content = null;
            content.Clear();
            _compiled.Pages[name](content, data);
            var placed = false;
            if (_compiled.ContentPlacedOnce)
            {
                data["content"] = ContentMarker;
                _compiled.Pages[Layout](output.Writer, data);
                placed = output.ReplaceOnce(ContentMarkerBytes, content);
                if (!placed)
                {
                    output.Clear();
                }
            }

            if (!placed)
            {
                data["content"] = content.ToString();
                _compiled.Pages[Layout](output.Writer, data);
            }

            t_content = content;
        }
        catch (Exception exception) when (IsHandlebarsFailure(exception) && !IsTemplateFailure(exception))
        {
            throw new TemplateRenderException(exception.Message, exception);
        }
    }

    /// <summary>
    /// True when the layout's one mention of content is a single '{{{content}}}' and no other template mentions it:
    /// then the layout's output is the same whether it is given the content or a marker later replaced by it.
    /// Anything else (escaped, tested, passed to a partial or helper, named by a partial) is rendered as it is.
    /// </summary>
    internal static bool ContentPlacedOnce(string layout, IEnumerable<string> others) =>
        ContentMentions(layout) == 1 && RawContent().Count(layout) == 1 && others.All(text => ContentMentions(text) == 0);

    private static int ContentMentions(string template) =>
        Mustache().Matches(template).Count(mustache => ContentWord().IsMatch(mustache.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{.*?\}\}", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Mustache();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcontent\b")]
    private static partial System.Text.RegularExpressions.Regex ContentWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{\{~?\s*content\s*~?\}\}\}")]
    private static partial System.Text.RegularExpressions.Regex RawContent();

    /// <summary>The file a template name was taken from: the site's layouts/ or the theme.</summary>
    public string FileOf(string name) => _compiled.Files.TryGetValue(name, out var file) ? file : name + ".hbs";

    /// <summary>True for the exceptions Handlebars.Net throws for a template's own mistakes (not our bugs).</summary>
    public static bool IsTemplateFailure(Exception exception) =>
        exception is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException or TemplateRenderException;

    /// <summary>
    /// True for anything Handlebars.Net throws while compiling or rendering. Besides its own exceptions it throws
    /// others on some template mistakes ('{{#each}}' without an argument gives InvalidOperationException from its
    /// compiler). Only Handlebars runs where this is asked (of our helpers, asset cannot throw, and the partial scope
    /// and cached partials throw only for a template's mistake: a value or partial it names that does not exist), so
    /// whatever it throws there is the template's mistake, not our bug.
    /// </summary>
    private static bool IsHandlebarsFailure(Exception exception) => exception is not OutOfMemoryException;

    internal static string FirstLine(string message)
    {
        var line = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? message;
        return line.TrimEnd('.', ':');
    }

    /// <summary>
    /// Handlebars.Net 2.4.3 renders a partial that stands indented on its own line without HTML escaping
    /// (its indentation support writes through a raw writer), which would let a writer's title run as script.
    /// Removing that indentation costs only whitespace in the output and keeps every value escaped.
    /// </summary>
    public static string WithoutPartialIndentation(string template) => IndentedPartial().Replace(template, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^[ \t]+(?=\{\{~?#?>)")]
    private static partial System.Text.RegularExpressions.Regex IndentedPartial();

    /// <summary>
    /// Gives <paramref name="use"/> the template as Handlebars should compile it: without partial indentation, and
    /// with partials called through <see cref="PartialScopes"/>. A template Handlebars cannot read is given again as
    /// its writer wrote it, so the error they see is about their own text.
    /// </summary>
    private static T Prepared<T>(string template, Func<string, T> use)
    {
        var plain = WithoutPartialIndentation(template);
        var scoped = PartialScopes.Rewrite(plain);
        if (string.Equals(scoped, plain, StringComparison.Ordinal))
        {
            return use(plain);
        }

        try
        {
            return use(scoped);
        }
        catch (Exception exception) when (IsHandlebarsFailure(exception))
        {
            return use(plain);
        }
    }

    private static void Register(IHandlebars handlebars, string name, string text, string display, DiagnosticBag diagnostics)
    {
        if (TooDeep(text, display, diagnostics))
        {
            return;
        }

        try
        {
            Prepared(text, prepared =>
            {
                handlebars.RegisterTemplate(name, prepared);
                return true;
            });
        }
        catch (Exception exception) when (IsHandlebarsFailure(exception))
        {
            diagnostics.Error(DiagnosticCode.TemplateSyntax, SourceLocation.WholeFile(display), $"the template cannot be read: {FirstLine(exception.Message)}");
        }
    }

    /// <summary>Reports a template nested deeper than Handlebars can compile safely; it is then not given to Handlebars.</summary>
    private static bool TooDeep(string text, string display, DiagnosticBag diagnostics)
    {
        var depth = TemplateNesting.Depth(text);
        if (depth <= TemplateNesting.MaxDepth)
        {
            return false;
        }

        diagnostics.Error(
            DiagnosticCode.TemplateSyntax,
            SourceLocation.WholeFile(display),
            $"the template nests blocks or subexpressions {depth} deep; at most {TemplateNesting.MaxDepth} can be compiled safely",
            "flatten it: move inner parts into partials, or close blocks that were left open");
        return true;
    }

    /// <summary>The templates of a folder by name ("topic", or "risk-badge" for partials/risk-badge.hbs), with their text and display path.</summary>
    private static Dictionary<string, (string Text, string Display)> ReadTemplates(IContentSource source, string folder, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, (string Text, string Display)>(StringComparer.Ordinal);
        foreach (var path in source.ListFiles(folder).Where(path => path.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var relative = path[(folder.Length + 1)..^".hbs".Length];
            var name = relative.StartsWith("partials/", StringComparison.Ordinal) ? relative["partials/".Length..] : relative;
            if (YamlFileReader.ReadText(source, path, diagnostics) is { } text)
            {
                templates[name] = (text, source.DisplayPath(path));
            }
        }

        return templates;
    }
}
