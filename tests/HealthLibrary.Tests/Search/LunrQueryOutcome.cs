using System.Text.Json;

namespace HealthLibrary.Tests.Search;

/// <summary>What lunr.js answered to one query: its results (ref, exact score, match metadata as JSON), or the parse error.</summary>
internal sealed record LunrQueryOutcome(string? Error, IReadOnlyList<(string Ref, double Score, string? Metadata)> Results)
{
    public static LunrQueryOutcome FromJson(JsonElement element)
    {
        if (element.TryGetProperty("error", out JsonElement error))
        {
            return new LunrQueryOutcome(error.GetString(), []);
        }

        return new LunrQueryOutcome(null, [.. element.GetProperty("results").EnumerateArray().Select(r => (
            r.GetProperty("ref").GetString()!,
            r.GetProperty("score").GetDouble(),
            r.TryGetProperty("metadata", out JsonElement metadata) ? metadata.GetRawText() : null))]);
    }

    /// <summary>Null when both outcomes are the same (doubles compared exactly), else what differs first.</summary>
    public static string? FirstDifference(LunrQueryOutcome expected, LunrQueryOutcome actual)
    {
        if (expected.Error != actual.Error)
        {
            return $"error: lunr's index gave {expected.Error ?? "no error"}, ours gave {actual.Error ?? "no error"}";
        }

        for (int i = 0; i < Math.Min(expected.Results.Count, actual.Results.Count); i++)
        {
            var (eRef, eScore, eMeta) = expected.Results[i];
            var (aRef, aScore, aMeta) = actual.Results[i];
            if (eRef != aRef || BitConverter.DoubleToInt64Bits(eScore) != BitConverter.DoubleToInt64Bits(aScore))
            {
                return $"result {i}: lunr's index gave {eRef} {eScore:R}, ours gave {aRef} {aScore:R}";
            }

            if (eMeta != aMeta)
            {
                return $"result {i} ({eRef}): match metadata differs: lunr's {eMeta}, ours {aMeta}";
            }
        }

        return expected.Results.Count == actual.Results.Count
            ? null
            : $"lunr's index gave {expected.Results.Count} results, ours {actual.Results.Count}";
    }
}
