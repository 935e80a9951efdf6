using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace HealthLibrary.Yaml;

/// <summary>
/// A YamlDotNet parser whose failures are all <see cref="YamlException"/>s. On some broken input (an unclosed
/// <c>[</c> before the next key, a document that starts with <c>...</c>, an escaped low surrogate first) YamlDotNet
/// 16 throws InvalidOperationException or ArgumentOutOfRangeException from its scanner. Only YamlDotNet runs
/// inside MoveNext, so whatever it throws there is the writer's syntax error, reported where reading stopped.
/// </summary>
public sealed class GuardedYamlParser(IParser parser) : IParser
{
    private Mark _lastGood = Mark.Empty;

    public ParsingEvent? Current => parser.Current;

    public bool MoveNext()
    {
        try
        {
            var moved = parser.MoveNext();
            if (parser.Current is { } current)
            {
                _lastGood = current.End;
            }

            return moved;
        }
        catch (Exception exception) when (exception is not (YamlException or OutOfMemoryException))
        {
            throw new YamlException(_lastGood, _lastGood, "the text after this point does not follow YAML's rules", exception);
        }
    }
}
