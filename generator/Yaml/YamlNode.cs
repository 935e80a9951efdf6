using HealthLibrary.Diagnostics;

namespace HealthLibrary.Yaml;

/// <summary>A YAML value with the place it was written, so every problem can name its line and column.</summary>
public abstract record YamlNode(SourceLocation Location)
{
    /// <summary>What a writer would call this kind of value, for "expected a list, found text" messages.</summary>
    public abstract string KindName { get; }
}

/// <summary>A YAML scalar; <see cref="IsPlain"/> tells an unquoted <c>true</c> or <c>12</c> from a quoted one.</summary>
public sealed record YamlScalar(SourceLocation Location, string Value, bool IsPlain) : YamlNode(Location)
{
    public override string KindName => "a single value";

    /// <summary>An empty plain value, <c>~</c> or <c>null</c>: YAML's way of writing nothing.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>A YAML sequence.</summary>
public sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location)
{
    public override string KindName => "a list";
}

/// <summary>A YAML mapping, keys in the order written.</summary>
public sealed record YamlMapping(SourceLocation Location, IReadOnlyList<YamlEntry> Entries) : YamlNode(Location)
{
    public override string KindName => "a set of keys";

    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry;
            }
        }

        return null;
    }
}

/// <summary>One <c>key: value</c> pair of a mapping.</summary>
public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
