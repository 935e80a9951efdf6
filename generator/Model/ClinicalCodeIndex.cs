using HealthLibrary.Content;
using HealthLibrary.Diagnostics;

namespace HealthLibrary.Model;

/// <summary>Which published topics claim each clinical code, by system and code, in site order; what /codes/index.json is made of.</summary>
public sealed class ClinicalCodeIndex
{
    private ClinicalCodeIndex(SortedDictionary<string, SortedDictionary<string, List<Topic>>> systems) => Systems = systems;

    /// <summary>System id, then code, then the topics claiming it; all sorted ordinally, so the file's bytes never change with input order.</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, List<Topic>>> Systems { get; }

    public static ClinicalCodeIndex Of(IEnumerable<Topic> topics)
    {
        var systems = new SortedDictionary<string, SortedDictionary<string, List<Topic>>>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            foreach (var code in topic.Codes)
            {
                if (!systems.TryGetValue(code.System.Id, out var codes))
                {
                    systems[code.System.Id] = codes = new SortedDictionary<string, List<Topic>>(StringComparer.Ordinal);
                }

                if (!codes.TryGetValue(code.Code, out var claimed))
                {
                    codes[code.Code] = claimed = [];
                }

                if (!claimed.Contains(topic))
                {
                    claimed.Add(topic);
                }
            }
        }

        return new ClinicalCodeIndex(systems);
    }

    /// <summary>Warns at each claim after the first: a portal's link by code can lead to only one topic.</summary>
    public void WarnAboutSharedCodes(DiagnosticBag diagnostics)
    {
        foreach (var (system, codes) in Systems)
        {
            foreach (var (code, topics) in codes.Where(entry => entry.Value.Count > 1))
            {
                foreach (var topic in topics.Skip(1))
                {
                    var location = topic.Codes.First(c => c.System.Id == system && c.Code == code).Location;
                    diagnostics.Warning(
                        DiagnosticCode.SharedCode,
                        location,
                        $"{system} code {code} is also claimed by {topics[0].DisplayPath}; a link by this code leads to that topic only",
                        "keep the code on the topic that is most about it, and link the other topic from there");
                }
            }
        }
    }
}
