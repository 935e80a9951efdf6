using HealthLibrary.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HealthLibrary.Yaml;

/// <summary>Parses YAML text into <see cref="YamlNode"/>s whose locations point into the writer's file.</summary>
public static class YamlDocumentReader
{
    /// <summary>
    /// Reads one YAML document. <paramref name="firstLine"/> is the file line the text starts on, so a
    /// front-matter error points into the .md file rather than into the front-matter block.
    /// Returns null (with a diagnostic) when the YAML is malformed.
    /// </summary>
    public static YamlNode? Read(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        if (TabIndentation(text) is { } tab)
        {
            diagnostics.Error(
                DiagnosticCode.YamlSyntax,
                new SourceLocation(file, tab.Line + firstLine - 1, tab.Column),
                "this YAML cannot be read: a tab is used for indentation",
                "YAML allows only spaces for indentation; replace the tab with spaces");
            return null;
        }

        return SimpleYamlReader.TryRead(text, file, firstLine) ?? ReadWithYamlDotNet(text, file, firstLine, diagnostics);
    }

    /// <summary>Reads any YAML with YamlDotNet; <see cref="Read"/> does so for what <see cref="SimpleYamlReader"/> declines.</summary>
    internal static YamlNode? ReadWithYamlDotNet(string text, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var builder = new TreeBuilder(file, firstLine, diagnostics);
        try
        {
            return builder.ReadDocument(new GuardedYamlParser(new Parser(new StringReader(text))));
        }
        catch (YamlException exception)
        {
            var location = builder.Locate(exception.Start);
            diagnostics.Error(
                DiagnosticCode.YamlSyntax,
                location,
                $"this YAML cannot be read: {Describe(exception)}",
                text.Contains('\t') ? "YAML does not allow tabs for indentation; use spaces" : "check the indentation and quote values that contain ': ' or start with a special character");
            return null;
        }
    }

    /// <summary>The first tab in a line's indentation: YAML forbids it, and the parser's own message points elsewhere.</summary>
    private static (int Line, int Column)? TabIndentation(string text)
    {
        if (!text.Contains('\t'))
        {
            return null;
        }

        var line = 1;
        var column = 1;
        var indenting = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                indenting = true;
                continue;
            }

            if (indenting && c == '\t')
            {
                return (line, column);
            }

            indenting &= c is ' ' or '-';
            column++;
        }

        return null;
    }

    private static string Describe(YamlException exception)
    {
        // YamlDotNet prefixes its messages with the position in the YAML block, which would
        // contradict our file line numbers; keep only the description.
        var message = exception.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.TrimEnd('.').Length == 0 ? "syntax error" : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.');
    }

    private sealed class TreeBuilder(string file, int firstLine, DiagnosticBag diagnostics)
    {
        private const int MaxDepth = 200;
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);

        public SourceLocation Locate(Mark mark) => new(file, (int)mark.Line + firstLine - 1, (int)mark.Column);

        public YamlNode? ReadDocument(IParser parser)
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _) && parser.Current is { } extra)
            {
                diagnostics.Error(DiagnosticCode.YamlSyntax, Locate(extra.Start), "only one YAML document is allowed here", "remove the extra '---' line");
            }

            return root;
        }

        private YamlNode ReadNode(IParser parser, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new YamlException(parser.Current!.Start, parser.Current.End, $"values are nested more than {MaxDepth} deep");
            }

            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    return anchored;
                }

                throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value} names no anchor");
            }

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                var node = new YamlScalar(Locate(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
                return Remember(scalar.Anchor, node);
            }

            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, depth + 1));
                }

                return Remember(sequenceStart.Anchor, new YamlSequence(Locate(sequenceStart.Start), items));
            }

            var mappingStart = parser.Consume<MappingStart>();
            var entries = new List<YamlEntry>();
            var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(parser, depth + 1);
                var value = ReadNode(parser, depth + 1);
                if (keyNode is not YamlScalar key)
                {
                    diagnostics.Error(DiagnosticCode.YamlSyntax, keyNode.Location, "a key must be a plain name, not " + keyNode.KindName);
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Error(
                        DiagnosticCode.DuplicateKey,
                        key.Location,
                        $"'{key.Value}' is set twice (first on line {first.Location.Line})",
                        "keep one of them");
                    continue;
                }

                seen.Add(key.Value, key);
                entries.Add(new YamlEntry(key, value));
            }

            return Remember(mappingStart.Anchor, new YamlMapping(Locate(mappingStart.Start), entries));
        }

        private YamlNode Remember(AnchorName anchor, YamlNode node)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
            }

            return node;
        }
    }
}
