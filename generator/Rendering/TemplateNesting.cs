namespace HealthLibrary.Rendering;

/// <summary>
/// How deeply a Handlebars template nests. Handlebars.Net compiles templates recursively: 3,000 nested
/// blocks overflow the stack and end the process, and 1,000 take it seconds. A template is measured before
/// Handlebars sees it, so a writer's override nested too deeply is an error rather than a crash.
/// </summary>
public static class TemplateNesting
{
    /// <summary>Far more than any template needs (the default theme nests 4 deep), far less than what breaks Handlebars.</summary>
    public const int MaxDepth = 100;

    /// <summary>
    /// The deepest nesting of blocks ({{#...}}, {{^...}}), of the 'else if' chains Handlebars turns into
    /// nested blocks, and of parenthesised subexpressions within a tag.
    /// </summary>
    public static int Depth(string template)
    {
        var blocks = new Stack<int>();
        var (depth, deepest, position) = (0, 0, 0);
        while ((position = template.IndexOf("{{", position, StringComparison.Ordinal)) >= 0)
        {
            if (template.AsSpan(position).StartsWith("{{{{"))
            {
                // A raw block's content is text, whatever braces it holds.
                var rawEnd = template.IndexOf("{{{{/", position + 4, StringComparison.Ordinal);
                position = rawEnd < 0 ? template.Length : rawEnd + 5;
                continue;
            }

            var start = position + 2;
            var comment = template.AsSpan(start).TrimStart('~').StartsWith("!--");
            var close = template.IndexOf(comment ? "--}}" : "}}", start, StringComparison.Ordinal);
            var tag = template[start..(close < 0 ? template.Length : close)].TrimStart('{', '~', ' ', '\t', '\r', '\n');
            position = close < 0 ? template.Length : close + 2;
            if (tag.StartsWith('!'))
            {
                continue;
            }

            if (tag.StartsWith('#') || tag.StartsWith('^'))
            {
                blocks.Push(1);
                depth++;
            }
            else if (tag.StartsWith('/') && blocks.Count > 0)
            {
                depth -= blocks.Pop();
            }
            else if (tag.StartsWith("else ", StringComparison.Ordinal) && tag.TrimEnd('~', ' ').Length > "else".Length && blocks.Count > 0)
            {
                blocks.Push(blocks.Pop() + 1);
                depth++;
            }

            deepest = Math.Max(deepest, depth + Parentheses(tag));
        }

        return deepest;
    }

    private static int Parentheses(string tag)
    {
        var (open, deepest) = (0, 0);
        foreach (var c in tag)
        {
            open += c == '(' ? 1 : c == ')' ? -1 : 0;
            deepest = Math.Max(deepest, open);
        }

        return deepest;
    }
}
