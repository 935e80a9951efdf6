using System.Buffers;
using HealthLibrary.Configuration;

namespace HealthLibrary.Content;

/// <summary>
/// Finds the first of urgent_help's keywords that a text uses, at the start of a word and in any case: "overdose"
/// finds "Overdoses" but not "antioverdose". One vectorised search per text, so every topic can be checked on each build.
/// </summary>
public sealed class UrgentHelpMention
{
    private readonly IReadOnlyList<string> _keywords;
    private readonly SearchValues<string>? _search;

    public UrgentHelpMention(UrgentHelp? help)
    {
        _keywords = help?.Keywords ?? [];
        _search = _keywords.Count == 0 ? null : SearchValues.Create(_keywords.ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The keyword and the index where it first starts a word of <paramref name="text"/>, or null.</summary>
    public (string Keyword, int Index)? Find(string text)
    {
        if (_search is null)
        {
            return null;
        }

        var offset = 0;
        while (offset < text.Length)
        {
            var found = text.AsSpan(offset).IndexOfAny(_search);
            if (found < 0)
            {
                return null;
            }

            var index = offset + found;
            if (index == 0 || !char.IsLetterOrDigit(text[index - 1]))
            {
                var keyword = _keywords.Where(k => text.AsSpan(index).StartsWith(k, StringComparison.OrdinalIgnoreCase)).MaxBy(k => k.Length)!;
                return (keyword, index);
            }

            offset = index + 1;
        }

        return null;
    }
}
