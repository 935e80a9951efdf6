using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace HealthLibrary.Rendering;

/// <summary>
/// Writes a Markdown table. A table whose first header cell is empty compares things row by row, so each row's first
/// cell becomes its header (<c>&lt;th scope="row"&gt;</c>) and screen readers announce it with every cell of the row.
/// Alignment is a class rather than a style attribute, which a policy without 'unsafe-inline' would block.
/// </summary>
public sealed class BodyTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            // Plain text (search, summaries): the cells' words, each followed by a space.
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = true;
            foreach (var cell in table.OfType<TableRow>().SelectMany(row => row.OfType<TableCell>()))
            {
                renderer.Write(cell);
                renderer.Write(' ');
            }

            renderer.ImplicitParagraph = implicitParagraph;
            return;
        }

        var rowHeaders = HasRowHeaders(table);
        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine('>');
        var section = "";
        foreach (var row in table.OfType<TableRow>())
        {
            var wanted = row.IsHeader ? "thead" : "tbody";
            if (section != wanted && !(row.IsHeader && section == "tbody"))
            {
                if (section.Length > 0)
                {
                    renderer.WriteLine($"</{section}>");
                }

                renderer.WriteLine($"<{wanted}>");
                section = wanted;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                var tag = row.IsHeader ? (i == 0 && rowHeaders ? "td" : "th") : (i == 0 && rowHeaders ? "th" : "td");
                renderer.EnsureLine();
                renderer.Write('<').Write(tag);
                if (tag == "th")
                {
                    renderer.Write(row.IsHeader ? " scope=\"col\"" : " scope=\"row\"");
                }

                if (cell.ColumnSpan != 1)
                {
                    renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
                }

                if (cell.RowSpan != 1)
                {
                    renderer.Write($" rowspan=\"{cell.RowSpan}\"");
                }

                if (Alignment(table, cell, i) is { } alignment)
                {
                    renderer.Write($" class=\"align-{alignment}\"");
                }

                renderer.WriteAttributes(cell).Write('>');
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = cell.Count == 1 || implicitParagraph;
                renderer.Write(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.WriteLine($"</{tag}>");
            }

            renderer.WriteLine("</tr>");
        }

        if (section.Length > 0)
        {
            renderer.WriteLine($"</{section}>");
        }

        renderer.WriteLine("</table>");
    }

    /// <summary>True when the table has a header row whose first cell holds nothing: the corner above a column of row names.</summary>
    private static bool HasRowHeaders(Table table) =>
        table.OfType<TableRow>().FirstOrDefault() is { IsHeader: true, Count: > 1 } header
        && header[0] is TableCell corner
        && corner.All(block => block is Markdig.Syntax.LeafBlock { Inline: null or { FirstChild: null } });

    private static string? Alignment(Table table, TableCell cell, int position)
    {
        if (table.ColumnDefinitions.Count == 0)
        {
            return null;
        }

        var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < table.ColumnDefinitions.Count ? cell.ColumnIndex : Math.Min(position, table.ColumnDefinitions.Count - 1);
        return table.ColumnDefinitions[column].Alignment switch
        {
            TableColumnAlign.Left => "left",
            TableColumnAlign.Center => "center",
            TableColumnAlign.Right => "right",
            _ => null,
        };
    }
}
