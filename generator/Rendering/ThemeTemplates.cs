using HandlebarsDotNet;
using HealthLibrary.Content;
using HealthLibrary.Diagnostics;

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
        [Layout, "home", "topics", "topic", "category", "tag", "risk-index", "risk", "author", "page", "search", "404"];

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _pages;
    private readonly Dictionary<string, string> _files;

    private ThemeTemplates(IContentSource theme, Dictionary<string, HandlebarsTemplate<object, object>> pages, Dictionary<string, string> files)
    {
        Theme = theme;
        _pages = pages;
        _files = files;
    }

    public IContentSource Theme { get; }

    public static ThemeTemplates? Load(IContentSource theme, IContentSource input, Func<string, string> assetUrl, DiagnosticBag diagnostics)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            // A typo in a template must fail the build, not render a blank where a risk label should be.
            ThrowOnUnresolvedBindingExpression = true,
        });
        handlebars.RegisterHelper("asset", (Context _, Arguments arguments) => assetUrl(arguments.Length > 0 ? arguments[0]?.ToString() ?? "" : ""));

        var themeFiles = TemplateFiles(theme, TemplatesFolder);
        var siteFiles = TemplateFiles(input, LayoutsFolder);
        var errorsBefore = diagnostics.ErrorCount;

        foreach (var (name, path) in themeFiles)
        {
            if (Read(theme, path, diagnostics) is { } source)
            {
                Register(handlebars, "theme/" + name, source, theme.DisplayPath(path), diagnostics);
            }
        }

        // Site beats theme: one name, one file, chosen here rather than by registration order.
        var effective = new Dictionary<string, (IContentSource Source, string Path)>(StringComparer.Ordinal);
        foreach (var (name, path) in themeFiles)
        {
            effective[name] = (theme, path);
        }

        foreach (var (name, path) in siteFiles)
        {
            effective[name] = (input, path);
        }

        var texts = new Dictionary<string, (string Text, string Display)>(StringComparer.Ordinal);
        foreach (var (name, (source, path)) in effective.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (Read(source, path, diagnostics) is { } text)
            {
                texts[name] = (text, source.DisplayPath(path));
                Register(handlebars, name, text, source.DisplayPath(path), diagnostics);
            }
        }

        var pages = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
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

            try
            {
                pages[name] = handlebars.Compile(WithoutPartialIndentation(entry.Text));
            }
            catch (HandlebarsException exception)
            {
                diagnostics.Error(DiagnosticCode.TemplateSyntax, SourceLocation.WholeFile(entry.Display), $"the template cannot be read: {FirstLine(exception.Message)}");
            }
        }

        var files = texts.ToDictionary(pair => pair.Key, pair => pair.Value.Display, StringComparer.Ordinal);
        return diagnostics.ErrorCount > errorsBefore ? null : new ThemeTemplates(theme, pages, files);
    }

    /// <summary>Renders one page template, then wraps it in the layout.</summary>
    public string RenderPage(string name, Dictionary<string, object?> data)
    {
        data["content"] = _pages[name](data);
        return _pages[Layout](data);
    }

    /// <summary>The file a template name was taken from: the site's layouts/ or the theme.</summary>
    public string FileOf(string name) => _files.TryGetValue(name, out var file) ? file : name + ".hbs";

    /// <summary>True for the exceptions Handlebars.Net throws for a template's own mistakes (not our bugs).</summary>
    public static bool IsTemplateFailure(Exception exception) =>
        exception is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException;

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

    private static void Register(IHandlebars handlebars, string name, string text, string display, DiagnosticBag diagnostics)
    {
        try
        {
            handlebars.RegisterTemplate(name, WithoutPartialIndentation(text));
        }
        catch (HandlebarsException exception)
        {
            diagnostics.Error(DiagnosticCode.TemplateSyntax, SourceLocation.WholeFile(display), $"the template cannot be read: {FirstLine(exception.Message)}");
        }
    }

    /// <summary>Template name ("topic", or "risk-badge" for partials/risk-badge.hbs) to its path.</summary>
    private static List<(string Name, string Path)> TemplateFiles(IContentSource source, string folder)
    {
        var files = new List<(string, string)>();
        foreach (var path in source.ListFiles(folder).Where(path => path.EndsWith(".hbs", StringComparison.Ordinal)))
        {
            var relative = path[(folder.Length + 1)..^".hbs".Length];
            var name = relative.StartsWith("partials/", StringComparison.Ordinal) ? relative["partials/".Length..] : relative;
            files.Add((name, path));
        }

        return files;
    }

    private static string? Read(IContentSource source, string path, DiagnosticBag diagnostics) => YamlFileReader.ReadText(source, path, diagnostics);
}
