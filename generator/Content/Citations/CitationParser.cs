using Markdig.Helpers;
using Markdig.Parsers;

namespace HealthLibrary.Content.Citations;

/// <summary>
/// Reads <c>[@id]</c> and <c>[@a; @b]</c> (Pandoc's bracketed citations, without locators). It runs before the link
/// parser, which would otherwise take the bracket; anything else starting with "[@" is left to it. Code spans and
/// code blocks are read by their own parsers first, so a citation inside them stays text.
/// </summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End;
        var position = start + 1;
        if (position > end || text[position] != '@')
        {
            return false;
        }

        processor.GetSourcePosition(start, out var line, out var column);
        var ids = new List<(string, int)>();
        while (true)
        {
            if (position > end || text[position] != '@')
            {
                return false;
            }

            var idStart = ++position;
            while (position <= end && IsIdCharacter(text[position]))
            {
                position++;
            }

            var id = text[idStart..position];
            if (!ReferenceReader.IdPattern().IsMatch(id))
            {
                return false;
            }

            ids.Add((id, column + (idStart - 1 - start)));
            while (position <= end && text[position] == ' ')
            {
                position++;
            }

            if (position > end)
            {
                return false;
            }

            if (text[position] == ']')
            {
                break;
            }

            if (text[position] != ';')
            {
                return false;
            }

            position++;
            while (position <= end && text[position] == ' ')
            {
                position++;
            }
        }

        // "[@name](address)" and "[@name][label]" are links whose text starts with '@'.
        if (position + 1 <= end && text[position + 1] is '(' or '[')
        {
            return false;
        }

        processor.Inline = new CitationInline(ids, text[start..(position + 1)])
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out _, out _), processor.GetSourcePosition(position, out _, out _)),
            Line = line,
            Column = column,
        };
        slice.Start = position + 1;
        return true;
    }

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':';
}
