using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace HealthLibrary.Rendering;

/// <summary>
/// <c>{{cached-partial "name" value}}</c>: a partial whose HTML depends only on the value it is given, made once for
/// each value and written again wherever the same value is shown (Hugo's partialCached). A topic's card stands on its
/// category's, risk level's, authors' and tags' pages and beside related topics, eight places on average.
/// </summary>
/// <remarks>
/// The partial sees the value as its whole context: <c>@root</c> is the value, and <c>../</c> or the caller's
/// <c>@index</c> are not there, so a partial that needs them is called with <c>{{&gt; name value}}</c> instead.
/// Values are remembered by reference for as long as they live: the views of one build share each topic's card, and
/// a card made for another build is another value.
/// </remarks>
internal sealed class CachedPartials
{
    public const string HelperName = "cached-partial";

    private readonly Func<string, HandlebarsTemplate<TextWriter, object, object>?> _compile;
    private readonly object _compiling = new();
    private readonly ConcurrentDictionary<string, Lazy<HandlebarsTemplate<TextWriter, object, object>?>> _templates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConditionalWeakTable<object, string>> _made = new(StringComparer.Ordinal);

    /// <param name="compile">Compiles the partial of a name as a template of its own, or gives null when there is none.</param>
    private CachedPartials(Func<string, HandlebarsTemplate<TextWriter, object, object>?> compile)
    {
        _compile = compile;
    }

    /// <summary>Registers the helper; <paramref name="compile"/> is asked for each partial the first time it is used.</summary>
    public static void Register(IHandlebars handlebars, Func<string, HandlebarsTemplate<TextWriter, object, object>?> compile)
    {
        var partials = new CachedPartials(compile);
        handlebars.RegisterHelper(HelperName, (EncodedTextWriter writer, Context _, Arguments arguments) => writer.Write(partials.Html(arguments), false));
    }

    private string Html(Arguments arguments)
    {
        if (arguments.Length != 2 || arguments[0] is not string name)
        {
            throw new HandlebarsException($"{HelperName} takes a partial's name in quotes and a value: {{{{{HelperName} \"topic-card\" this}}}}");
        }

        var value = arguments[1];
        if (value is UndefinedBindingResult undefined)
        {
            throw new HandlebarsUndefinedBindingException(undefined.Value, undefined);
        }

        var template = _templates.GetOrAdd(name, key => new Lazy<HandlebarsTemplate<TextWriter, object, object>?>(() => Compile(key))).Value
            ?? throw new HandlebarsException($"{HelperName}: there is no partial '{name}'");
        if (value is null)
        {
            return Render(name, template, null);
        }

        var made = _made.GetOrAdd(name, _ => new ConditionalWeakTable<object, string>());
        return made.TryGetValue(value, out var html) ? html : made.GetValue(value, key => Render(name, template, key));
    }

    /// <summary>Once per partial; one at a time, as the templates were compiled before any page was rendered.</summary>
    private HandlebarsTemplate<TextWriter, object, object>? Compile(string name)
    {
        lock (_compiling)
        {
            return _compile(name);
        }
    }

    /// <summary>Each thread's writer, taken while a partial renders into it (a cached partial inside another gets its own).</summary>
    [ThreadStatic]
    private static StringWriter? t_writer;

    private static string Render(string name, HandlebarsTemplate<TextWriter, object, object> template, object? value)
    {
        var writer = t_writer ?? new StringWriter();
        t_writer = null;
        writer.GetStringBuilder().Clear();
        try
        {
            template(writer, value!);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Reported as Handlebars reports a failure inside a partial, so the diagnostic names this one's file.
            throw TemplateFailureCause.InPartial(name, exception);
        }

        var html = writer.ToString();
        t_writer = writer;
        return html;
    }
}
