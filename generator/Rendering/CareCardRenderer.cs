using HealthLibrary.Content;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace HealthLibrary.Rendering;

/// <summary>
/// Writes a care card: its kind as <c>data-care</c> and a class, and a heading that says in words how urgent it is
/// ("Urgent advice:"), at the level below the section it stands in, so the page's outline stays whole.
/// </summary>
public sealed class CareCardRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer card)
    {
        // An unknown kind fails the build at load; settings Markdown (a disclaimer's text) is not checked for it, so it shows plainly.
        var kind = CareCardKind.Find(card.Info);
        renderer.EnsureLine();
        if (kind is null)
        {
            renderer.Write("<div class=\"care\">").WriteLine();
            renderer.WriteChildren(card);
            renderer.Write("</div>").WriteLine();
            return;
        }

        renderer.Write("<div class=\"care care--").Write(kind).Write("\" data-care=\"").Write(kind).Write("\">").WriteLine();
        var label = CareCardKind.LabelOf(kind);
        var heading = string.IsNullOrWhiteSpace(card.Arguments) ? null : card.Arguments.Trim();
        if (label is not null || heading is not null)
        {
            var level = HeadingLevel(card).ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Write("<h").Write(level).Write(" class=\"care__heading\">");
            if (label is not null)
            {
                renderer.Write("<span class=\"care__label\">").WriteEscape(label).Write("</span>");
            }

            if (heading is not null)
            {
                renderer.Write(label is null ? "" : " ").WriteEscape(heading);
            }

            renderer.Write("</h").Write(level).Write(">").WriteLine();
        }

        renderer.Write("<div class=\"care__content\">").WriteLine();
        renderer.WriteChildren(card);
        renderer.EnsureLine();
        renderer.Write("</div>").WriteLine();
        renderer.Write("</div>").WriteLine();
    }

    /// <summary>One below the nearest heading before the card (the page's h1 when there is none), or below the card it stands in; at most 6.</summary>
    internal static int HeadingLevel(Block card)
    {
        for (Block block = card; block.Parent is { } parent; block = parent)
        {
            for (var i = parent.IndexOf(block) - 1; i >= 0; i--)
            {
                if (parent[i] is HeadingBlock heading)
                {
                    return Math.Min(6, heading.Level + 1);
                }
            }

            if (parent is CustomContainer outer && CareCardKind.Find(outer.Info) is { } kind && (CareCardKind.LabelOf(kind) is not null || !string.IsNullOrWhiteSpace(outer.Arguments)))
            {
                return Math.Min(6, HeadingLevel(outer) + 1);
            }
        }

        return 2;
    }
}
