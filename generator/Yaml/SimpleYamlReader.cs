using HealthLibrary.Diagnostics;

namespace HealthLibrary.Yaml;

/// <summary>
/// Reads YAML in the shape nearly all front matter and settings have (keys, lists, one-line plain or quoted values),
/// or declines; <see cref="YamlDocumentReader"/> then reads it with YamlDotNet, whose nodes these equal.
/// </summary>
/// <remarks>
/// YamlDotNet's scanner makes a token, an event and several strings for every value, and was most of what reading a
/// topic allocated. Anything outside the shape (anchors, tags, escapes, block or multi-line scalars, flow
/// mappings, unusual characters, a key set twice) is declined rather than read, so every message stays YamlDotNet's.
/// Comments are skipped.
/// </remarks>
internal sealed class SimpleYamlReader
{
    private readonly string _text;
    private readonly string _file;
    private readonly int _firstLine;

    /// <summary>Each line's start and end (without its line feed) in the text.</summary>
    private readonly List<(int Start, int End)> _lines = [];

    /// <summary>The line being read, and where on it reading has got to.</summary>
    private int _line;

    private SimpleYamlReader(string text, string file, int firstLine)
    {
        _text = text;
        _file = file;
        _firstLine = firstLine;
    }

    /// <summary>The document's root, or null when the text is not in the simple shape (or is empty).</summary>
    public static YamlNode? TryRead(string text, string file, int firstLine)
    {
        var reader = new SimpleYamlReader(text, file, firstLine);
        if (!reader.SplitLines())
        {
            return null;
        }

        reader._line = reader.NextContentLine(0);
        if (reader._line >= reader._lines.Count)
        {
            return null;
        }

        var (start, _) = reader._lines[reader._line];
        if (reader.Indent(reader._line) != 0)
        {
            return null;
        }

        YamlNode? root = reader.IsDash(start) ? reader.Sequence(start, 0, indentless: false, 0) : reader.Mapping(start, 0, 0);
        return root is not null && reader._line >= reader._lines.Count ? root : null;
    }

    /// <summary>Splits the text into lines; false for any character the simple shape leaves to YamlDotNet.</summary>
    private bool SplitLines()
    {
        var start = 0;
        var text = _text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                _lines.Add((start, i));
                start = i + 1;
            }
            else if (c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        if (start < text.Length)
        {
            _lines.Add((start, text.Length));
        }

        return true;
    }

    private int Indent(int line)
    {
        var (start, end) = _lines[line];
        var at = start;
        while (at < end && _text[at] == ' ')
        {
            at++;
        }

        return at - start;
    }

    /// <summary>The first line at or after <paramref name="line"/> with more than spaces or a comment on it.</summary>
    private int NextContentLine(int line)
    {
        while (line < _lines.Count)
        {
            var (start, end) = _lines[line];
            var content = _text.AsSpan(start, end - start).TrimStart(' ');
            if (content.Length > 0 && content[0] != '#')
            {
                return line;
            }

            line++;
        }

        return line;
    }

    private SourceLocation At(int offset) => new(_file, _line + _firstLine, offset - _lines[_line].Start + 1);

    /// <summary>Deeper than any front matter or settings file goes; YamlDotNet reads (and limits) the rest.</summary>
    private const int MaxDepth = 32;

    /// <summary>Plain keys longer than this are left to YamlDotNet, which limits how far it looks for a key's colon.</summary>
    private const int MaxKeyLength = 128;

    private bool IsDash(int at)
    {
        var end = _lines[_line].End;
        return _text[at] == '-' && (at + 1 == end || _text[at + 1] == ' ');
    }

    /// <summary>
    /// A block list whose dashes stand at <paramref name="column"/>; the first at <paramref name="at"/>. An indentless
    /// list (a key's value whose dashes stand at the key's own column) ends at the next key.
    /// </summary>
    private YamlSequence? Sequence(int at, int column, bool indentless, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var location = At(at);
        var items = new List<YamlNode>();
        while (true)
        {
            // "- value", "- key: value" (a mapping in the list) or "-" with the item on the lines below: only the first two.
            var itemAt = at + 1;
            var end = _lines[_line].End;
            while (itemAt < end && _text[itemAt] == ' ')
            {
                itemAt++;
            }

            if (itemAt == end || itemAt != at + 2)
            {
                return null;
            }

            YamlNode? item;
            if (KeyEnd(itemAt) >= 0)
            {
                item = Mapping(itemAt, itemAt - _lines[_line].Start, depth + 1);
            }
            else
            {
                item = InlineValue(itemAt);
                item = item is not null && EndOfValue(column) ? item : null;
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
            if (_line >= _lines.Count || Indent(_line) != column)
            {
                return _line >= _lines.Count || Indent(_line) < column ? new YamlSequence(location, items) : null;
            }

            at = _lines[_line].Start + column;
            if (!IsDash(at))
            {
                return indentless ? new YamlSequence(location, items) : null;
            }
        }
    }

    /// <summary>A block mapping whose keys stand at <paramref name="column"/>; the first at <paramref name="at"/>.</summary>
    private YamlMapping? Mapping(int at, int column, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        var location = At(at);
        var entries = new List<YamlEntry>();
        HashSet<string>? keys = null;
        while (true)
        {
            var keyEnd = KeyEnd(at);
            if (keyEnd < 0)
            {
                return null;
            }

            var key = new YamlScalar(At(at), _text[at..keyEnd], true);
            keys ??= new HashSet<string>(StringComparer.Ordinal);
            if (!keys.Add(key.Value))
            {
                // YamlDocumentReader reports a key set twice.
                return null;
            }

            var valueAt = keyEnd + 1;
            var end = _lines[_line].End;
            while (valueAt < end && _text[valueAt] == ' ')
            {
                valueAt++;
            }

            YamlNode? value;
            if (valueAt == end || (_text[valueAt] == '#' && valueAt > keyEnd + 1))
            {
                // The value is the block below: a list (which may stand at the key's own column) or a deeper mapping.
                _line = NextContentLine(_line + 1);
                if (_line >= _lines.Count)
                {
                    return null;
                }

                var below = _lines[_line].Start + Indent(_line);
                var belowColumn = below - _lines[_line].Start;
                value = IsDash(below) && belowColumn >= column ? (YamlNode?)Sequence(below, belowColumn, indentless: belowColumn == column, depth + 1)
                    : belowColumn > column ? Mapping(below, belowColumn, depth + 1)
                    : null;
            }
            else if (valueAt == keyEnd + 2)
            {
                value = InlineValue(valueAt);
                value = value is not null && EndOfValue(column) ? value : null;
            }
            else
            {
                return null;
            }

            if (value is null)
            {
                return null;
            }

            entries.Add(new YamlEntry(key, value));
            if (_line >= _lines.Count || Indent(_line) < column)
            {
                return new YamlMapping(location, entries);
            }

            if (Indent(_line) != column)
            {
                return null;
            }

            at = _lines[_line].Start + column;
        }
    }

    /// <summary>Moves to the next line with content, which must not continue the value just read (it is no deeper than <paramref name="column"/>).</summary>
    private bool EndOfValue(int column)
    {
        _line = NextContentLine(_line + 1);
        return _line >= _lines.Count || Indent(_line) <= column;
    }

    /// <summary>Where the colon of a plain key at <paramref name="at"/> stands ("key:" then a space or the line's end), or -1.</summary>
    private int KeyEnd(int at)
    {
        var end = _lines[_line].End;
        if (at >= end || !char.IsAsciiLetter(_text[at]) && _text[at] != '_')
        {
            return -1;
        }

        var i = at + 1;
        while (i < end && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '-'))
        {
            i++;
        }

        return i - at <= MaxKeyLength && i < end && _text[i] == ':' && (i + 1 == end || _text[i + 1] == ' ') ? i : -1;
    }

    /// <summary>A value that ends with its line: a flow list, a quoted value or a plain one.</summary>
    private YamlNode? InlineValue(int at)
    {
        var end = _lines[_line].End;
        if (_text[at] == '[')
        {
            return FlowSequence(at, end);
        }

        var scalarEnd = at;
        var scalar = _text[at] is '"' or '\'' ? Quoted(at, end, ref scalarEnd) : Plain(at, end, inFlow: false, ref scalarEnd);
        return scalar is not null && NothingMore(scalarEnd, end) ? scalar : null;
    }

    /// <summary>True when the line holds nothing after <paramref name="at"/> but spaces and perhaps a comment after one.</summary>
    private bool NothingMore(int at, int end)
    {
        var i = SkipSpaces(at, end);
        return i == end || (_text[i] == '#' && i > at);
    }

    /// <summary>"[a, b]" on one line, of plain or quoted values.</summary>
    private YamlSequence? FlowSequence(int at, int end)
    {
        var location = At(at);
        var items = new List<YamlNode>();
        var i = SkipSpaces(at + 1, end);
        if (i < end && _text[i] == ']')
        {
            return NothingMore(i + 1, end) ? new YamlSequence(location, items) : null;
        }

        while (i < end)
        {
            var itemEnd = i;
            var item = _text[i] is '"' or '\'' ? Quoted(i, end, ref itemEnd) : Plain(i, end, inFlow: true, ref itemEnd);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            i = SkipSpaces(itemEnd, end);
            if (i >= end)
            {
                return null;
            }

            if (_text[i] == ']')
            {
                return NothingMore(i + 1, end) ? new YamlSequence(location, items) : null;
            }

            if (_text[i] != ',')
            {
                return null;
            }

            i = SkipSpaces(i + 1, end);
        }

        return null;
    }

    private int SkipSpaces(int i, int end)
    {
        while (i < end && _text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>A quoted value without escapes, a quote of its kind inside, or a line break.</summary>
    private YamlScalar? Quoted(int at, int end, ref int scalarEnd)
    {
        var quote = _text[at];
        var close = _text.IndexOf(quote, at + 1, end - at - 1);
        if (close < 0 || quote == '"' && _text.AsSpan(at + 1, close - at - 1).Contains('\\') || quote == '\'' && close + 1 < end && _text[close + 1] == '\'')
        {
            return null;
        }

        scalarEnd = close + 1;
        return new YamlScalar(At(at), _text[(at + 1)..close], false);
    }

    /// <summary>
    /// A plain value of ordinary characters, up to a comment: it starts with none of YAML's indicators and holds no ": "
    /// or trailing ':'; within a flow list, also no ',', brackets, braces, ':' or '#' at all.
    /// </summary>
    private YamlScalar? Plain(int at, int end, bool inFlow, ref int scalarEnd)
    {
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(_text[at]))
        {
            return null;
        }

        var i = at;
        var last = at;
        for (; i < end; i++)
        {
            var c = _text[i];
            if (inFlow && c is ',' or ']')
            {
                break;
            }

            if (inFlow && c is '[' or '{' or '}' or ':' or '#')
            {
                return null;
            }

            if (c == ':' && (i + 1 == end || _text[i + 1] == ' '))
            {
                return null;
            }

            if (c == '#' && _text[i - 1] == ' ')
            {
                // A comment; within a flow list, '#' was declined above.
                break;
            }

            if (c != ' ')
            {
                last = i + 1;
            }
        }

        scalarEnd = last;
        return new YamlScalar(At(at), _text[at..last], true);
    }
}
