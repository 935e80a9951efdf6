using System.Text;
using System.Text.Json;

namespace HealthLibrary.Tests.Search;

/// <summary>Compares two JSON texts as JSON.parse would see them (key order and exact numbers included), then byte for byte.</summary>
internal static class JsonComparison
{
    /// <summary>Fails with the first differing path (e.g. <c>$.invertedIndex[12][1].body["42"]</c>) and both values.</summary>
    public static void AssertSameValue(byte[] expected, byte[] actual, string expectedName = "lunr.js", string actualName = "ours")
    {
        var options = new JsonDocumentOptions { MaxDepth = 256 };
        using JsonDocument e = JsonDocument.Parse(expected, options);
        using JsonDocument a = JsonDocument.Parse(actual, options);
        string? difference = FirstDifference(e.RootElement, a.RootElement, "$");
        if (difference is not null)
        {
            Assert.Fail($"The JSON differs at {difference} ({expectedName} first, then {actualName}).");
        }
    }

    /// <summary>Same JSON value and also the same bytes, which is what JSON.stringify would have written.</summary>
    public static void AssertSameBytes(byte[] expected, byte[] actual)
    {
        AssertSameValue(expected, actual);
        int length = Math.Min(expected.Length, actual.Length);
        int at = expected.AsSpan(0, length).CommonPrefixLength(actual.AsSpan(0, length));
        if (at < length || expected.Length != actual.Length)
        {
            Assert.Fail($"Same JSON value, but the bytes differ at offset {at} (lengths {expected.Length} and {actual.Length}):\n"
                + $"lunr.js: {Context(expected, at)}\nours:    {Context(actual, at)}");
        }
    }

    private static string Context(byte[] bytes, int at)
    {
        int from = Math.Max(0, at - 40);
        return Encoding.UTF8.GetString(bytes, from, Math.Min(bytes.Length, at + 40) - from);
    }

    private static string? FirstDifference(JsonElement e, JsonElement a, string path)
    {
        if (e.ValueKind != a.ValueKind)
        {
            return $"{path}: {Show(e)} vs {Show(a)}";
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var eProps = e.EnumerateObject().ToList();
                var aProps = a.EnumerateObject().ToList();
                for (int i = 0; i < Math.Min(eProps.Count, aProps.Count); i++)
                {
                    if (eProps[i].Name != aProps[i].Name)
                    {
                        return $"{path}: key {i} is \"{eProps[i].Name}\" vs \"{aProps[i].Name}\"";
                    }

                    string? inner = FirstDifference(eProps[i].Value, aProps[i].Value, $"{path}[\"{eProps[i].Name}\"]");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return eProps.Count == aProps.Count ? null
                    : $"{path}: {eProps.Count} keys vs {aProps.Count} keys (first extra: \"{(eProps.Count > aProps.Count ? eProps : aProps)[Math.Min(eProps.Count, aProps.Count)].Name}\")";
            case JsonValueKind.Array:
                int eLength = e.GetArrayLength();
                int aLength = a.GetArrayLength();
                for (int i = 0; i < Math.Min(eLength, aLength); i++)
                {
                    string? inner = FirstDifference(e[i], a[i], $"{path}[{i}]");
                    if (inner is not null)
                    {
                        return inner;
                    }
                }

                return eLength == aLength ? null : $"{path}: {eLength} elements vs {aLength} elements";
            case JsonValueKind.Number:
                double eNumber = e.GetDouble();
                double aNumber = a.GetDouble();
                return eNumber.Equals(aNumber) ? null : $"{path}: {e.GetRawText()} vs {a.GetRawText()}";
            case JsonValueKind.String:
                return e.GetString() == a.GetString() ? null : $"{path}: {Show(e)} vs {Show(a)}";
            default:
                return null;
        }
    }

    private static string Show(JsonElement element)
    {
        string text = element.GetRawText();
        return text.Length > 120 ? text[..120] + "..." : text;
    }
}
