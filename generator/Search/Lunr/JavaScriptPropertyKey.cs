namespace HealthLibrary.Search.Lunr;

/// <summary>JavaScript's order of an object's own string keys, which JSON.stringify follows.</summary>
internal static class JavaScriptPropertyKey
{
    /// <summary>
    /// True for an array index: the canonical decimal form of an integer from 0 to 2^32 − 2
    /// ("0", "42", "4294967294"; not "07", "-1", "1e3" or "4294967295"). Objects list such
    /// keys first, in numeric order, then every other key in insertion order.
    /// </summary>
    public static bool IsArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length == 0 || key.Length > 10 || (key[0] == '0' && key.Length > 1))
        {
            return false;
        }

        ulong value = 0;
        foreach (char c in key)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (uint)(c - '0');
        }

        if (value > 4294967294)
        {
            return false;
        }

        index = (uint)value;
        return true;
    }

    /// <summary>
    /// Puts keys (given in insertion order, distinct) into the order JavaScript enumerates them.
    /// Returns positions into <paramref name="keys"/>.
    /// </summary>
    public static int[] EnumerationOrder(IReadOnlyList<string> keys)
    {
        var indexed = new List<(uint Index, int Position)>();
        var named = new List<int>();
        for (int i = 0; i < keys.Count; i++)
        {
            if (IsArrayIndex(keys[i], out uint index))
            {
                indexed.Add((index, i));
            }
            else
            {
                named.Add(i);
            }
        }

        indexed.Sort((a, b) => a.Index.CompareTo(b.Index));
        return [.. indexed.Select(x => x.Position), .. named];
    }
}
