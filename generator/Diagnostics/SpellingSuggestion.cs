namespace HealthLibrary.Diagnostics;

/// <summary>Finds the known word a writer most likely meant, for "did you mean" hints.</summary>
public static class SpellingSuggestion
{
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.OrderBy(c => c, StringComparer.Ordinal))
        {
            var distance = Distance(value.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // Allow about one slip in three letters; anything further is a different word.
        var allowed = Math.Max(1, Math.Min(3, value.Length / 3));
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>"did you mean 'x'?" or "", ready to put after a message.</summary>
    public static string? Hint(string value, IEnumerable<string> candidates) =>
        Closest(value, candidates) is { } match ? $"did you mean '{match}'?" : null;

    private static int Distance(string a, string b)
    {
        // Optimal string alignment: Levenshtein plus swapped neighbours, the commonest typo.
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
