using System.Buffers;
using System.Collections;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>
/// The TemplateContext every theme template renders in. Scriban writes each value a template prints through
/// <see cref="Write(SourceSpan, object)"/>, and that one place HTML-encodes it unless it is <see cref="TrustedHtml"/>:
/// a template cannot forget to escape, and a pipe or function sees plain values and its result is encoded once.
/// Templates see the page's data and the theme's functions; the members of .NET objects are hidden from them.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>Iterations of one loop: more than any listing (a category of a 10,000-topic library), and a runaway loop still stops.</summary>
    public const int MaxLoopIterations = 1_000_000;

    /// <summary>How deep includes and functions may call one another; the default theme needs 5.</summary>
    public const int MaxDepth = 100;

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    private readonly ScriptObject _page = new();
    private readonly TextWriterOutput _writer = new();

    /// <summary>The outputs of the includes being written in place, one per level of nesting, kept from include to include.</summary>
    private readonly List<ForwardingOutput> _inPlace = [];
    private int _inPlaceDepth;

    public HtmlTemplateContext(CompiledTheme theme, bool isolated = false)
        : base(Builtins())
    {
        Theme = theme;
        IsIsolated = isolated;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        LoopLimit = MaxLoopIterations;
        RecursiveLimit = MaxDepth;
        ObjectRecursionLimit = MaxDepth;
        // Scriban cuts a render off after a million characters, and a value at a million, with "...": a listing of
        // thousands of topics is longer than that, so pages have no limit, and a value too long to print fails the build.
        OutputLimit = 0;
        OnStringLimit = ScriptLimitBehavior.Throw;
        // Data reaches templates as dictionaries and lists; no property or method of any other .NET object is visible.
        MemberFilter = _ => false;
        // An include's lines come out as the included template wrote them, not re-indented to where it was called.
        AutoIndent = false;
        TemplateLoader = theme.Loader;
        foreach (var (name, template) in theme.Templates)
        {
            CachedTemplates[name] = template;
        }

        PushGlobal(theme.Functions);
        PushGlobal(_page);
    }

    public CompiledTheme Theme { get; }

    /// <summary>The page's <c>site</c>: the same on every page of a build, so a cached partial may see it too.</summary>
    internal object? Site => _page.TryGetValue("site", out var site) ? site : null;

    /// <summary>Shows this isolated context the <c>site</c> of the page whose cached partial it renders.</summary>
    internal void ShowSite(object? site)
    {
        if (site is null)
        {
            _page.Remove("site");
        }
        else
        {
            _page.SetValue("site", site, true);
        }
    }

    /// <summary>True for the context cached partials render in: it holds nothing of any page.</summary>
    public bool IsIsolated { get; }

    /// <summary>Renders <paramref name="template"/> with <paramref name="data"/> as its variables into <paramref name="writer"/>.</summary>
    public void Render(Template template, IReadOnlyDictionary<string, object?> data, TextWriter writer)
    {
        _page.Clear();
        foreach (var (name, value) in data)
        {
            _page.SetValue(name, value, false);
        }

        _writer.Writer = writer;
        PushOutput(_writer);
        try
        {
            template.Render(this);
        }
        finally
        {
            PopOutput();
            _writer.Writer = null;
        }
    }

    /// <summary>
    /// Renders an included template into the output where it is called, as Scriban's include would render it into a
    /// string of its own: with its arguments as <c>$</c> and its own local variables.
    /// </summary>
    public void IncludeInPlace(Template template, ScriptArray arguments, ScriptNode callerContext)
    {
        if (_inPlaceDepth == _inPlace.Count)
        {
            _inPlace.Add(new ForwardingOutput());
        }

        var output = _inPlace[_inPlaceDepth++];
        output.Target = Output is ForwardingOutput outer ? outer.Target : Output;
        EnterRecursive(callerContext);
        PushOutput(output);
        PushLocal();
        try
        {
            SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            template.Render(this);
        }
        finally
        {
            PopLocal();
            PopOutput();
            ExitRecursive(callerContext);
            output.Target = null;
            _inPlaceDepth--;
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                break;
            case TrustedHtml html:
                Write(html.Html);
                break;
            case PageContent content when WritesToPage && _writer.Writer is { } writer:
                // The page's content goes from its blocks straight into the page, never made into one string.
                content.Text.WriteTo(writer);
                break;
            case PageContent content:
                Write(content.Text.ToString());
                break;
            default:
                WriteEncoded(ObjectToString(textAsObject) ?? "");
                break;
        }

        return this;
    }

    /// <summary>True while what is written goes straight into the page's writer, from the template or an include written in place.</summary>
    private bool WritesToPage => (Output is ForwardingOutput forwarding ? forwarding.Target : Output) == _writer;

    public override string? ObjectToString(object? value, bool nested = false) => value switch
    {
        TrustedHtml html => html.Html,
        PageContent content => content.Text.ToString(),
        _ => base.ObjectToString(value, nested),
    };

    /// <summary>
    /// Scriban converts every argument of every call to its parameter's type; most parameters take any object, and the
    /// answer for those is the value itself, which Scriban would reach only after several reflection checks per argument.
    /// </summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) && value is not IScriptConvertibleTo ? value : base.ToObject(span, value, destinationType);

    /// <summary>As in Handlebars and JavaScript, empty text and an empty list are false in an <c>if</c>, so a template need not test their size.</summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        IList list => list.Count > 0,
        TrustedHtml html => html.Html.Length > 0,
        _ => base.ToBool(span, value),
    };

    private void WriteEncoded(string text)
    {
        var start = 0;
        while (true)
        {
            var at = text.AsSpan(start).IndexOfAny(Special);
            if (at < 0)
            {
                Write(text, start, text.Length - start);
                return;
            }

            if (at > 0)
            {
                Write(text, start, at);
            }

            Write(text[start + at] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            start += at + 1;
        }
    }

    /// <summary>Scriban's functions, with those that return HTML made to say so, so that it is not encoded again.</summary>
    private static ScriptObject Builtins()
    {
        var builtins = new BuiltinFunctions();
        builtins.SetValue("include", TrustedInclude.Instance, true);
        // include_join returns HTML as plain text, which would be encoded again; a loop of includes does the same job.
        builtins.Remove("include_join");
        var html = (ScriptObject)builtins["html"]!;
        html.Remove("escape");
        html.Import("escape", new Func<string?, TrustedHtml?>(text => text is null ? null : new TrustedHtml(HtmlText.Encode(text))));

        return builtins;
    }

    /// <summary>Scriban's output for a TextWriter that is set anew for each render, and that is never read back.</summary>
    private sealed class TextWriterOutput : IScriptOutput
    {
        public TextWriter? Writer { get; set; }

        public void Write(string text, int offset, int count) => Writer!.Write(text.AsSpan(offset, count));

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
        {
            Write(text, offset, count);
            return ValueTask.CompletedTask;
        }

        public override string ToString() => "";
    }

    /// <summary>
    /// The output of an include written in place: what the included template writes goes on to the output it was called
    /// from, and, read back as text, it is empty, so Scriban's Template.Render hands back "" and clears nothing.
    /// </summary>
    private sealed class ForwardingOutput : IScriptOutput
    {
        public IScriptOutput? Target { get; set; }

        public void Write(string text, int offset, int count) => Target!.Write(text, offset, count);

        public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken) =>
            Target!.WriteAsync(text, offset, count, cancellationToken);

        public override string ToString() => "";
    }
}
