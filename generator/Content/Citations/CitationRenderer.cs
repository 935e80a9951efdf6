using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HealthLibrary.Content.Citations;

/// <summary>
/// Writes a citation as superscript numbers, each a link to its entry in the reference list with an accessible name
/// ("Reference 3"). The first citation of each reference carries the id its entry links back to.
/// </summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    private readonly HashSet<int> _cited = [];
    private IReadOnlyDictionary<string, int>? _numbers;

    /// <summary>Sets the numbers of the next body's references by id (null for Markdown without references); forgets what was cited before.</summary>
    public void Begin(IReadOnlyDictionary<string, int>? numbers)
    {
        _numbers = numbers;
        _cited.Clear();
    }

    /// <summary>The id of a reference's entry in the list.</summary>
    public static string EntryId(int number) => "ref-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of the first place a reference is cited, which its entry links back to.</summary>
    public static string CitationId(int number) => "cite-" + number.ToString(CultureInfo.InvariantCulture);

    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        if (_numbers is null || citation.Ids.Any(id => !_numbers.ContainsKey(id.Id)))
        {
            // Markdown with no references to cite (a disclaimer, a bio) shows what was written.
            renderer.WriteEscape(citation.Written);
            return;
        }

        renderer.Write("<sup class=\"citation\">");
        var first = true;
        foreach (var number in citation.Ids.Select(id => _numbers[id.Id]).Distinct())
        {
            if (!first)
            {
                renderer.Write(",");
            }

            first = false;
            var text = number.ToString(CultureInfo.InvariantCulture);
            renderer.Write("<a href=\"#").Write(EntryId(number)).Write('"');
            if (_cited.Add(number))
            {
                renderer.Write(" id=\"").Write(CitationId(number)).Write('"');
            }

            renderer.Write(" aria-label=\"Reference ").Write(text).Write("\">").Write(text).Write("</a>");
        }

        renderer.Write("</sup>");
    }
}
