using HealthLibrary.Diagnostics;

namespace HealthLibrary.Content.Citations;

/// <summary>
/// Numbers a topic's references as the NLM style does, by first citation: the references its body cites, in the order
/// first cited, then the rest as written. Checks each citation names a reference, and that each reference with an id is cited.
/// </summary>
public static class CitationOrder
{
    public static IReadOnlyList<Reference> Apply(IReadOnlyList<Reference> references, IReadOnlyList<BodyCitation> citations, string file, DiagnosticBag diagnostics)
    {
        var byId = new Dictionary<string, Reference>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            if (reference.Id is { } id)
            {
                byId.TryAdd(id, reference);
            }
        }

        var cited = new List<Reference>();
        var seen = new HashSet<Reference>(ReferenceEqualityComparer.Instance);
        foreach (var citation in citations)
        {
            if (byId.TryGetValue(citation.Id, out var reference))
            {
                if (seen.Add(reference))
                {
                    cited.Add(reference);
                }

                continue;
            }

            diagnostics.Error(
                DiagnosticCode.UnknownReference,
                new SourceLocation(file, citation.Line, citation.Column),
                byId.Count == 0
                    ? $"[@{citation.Id}] cites a reference, but this file has none with an id"
                    : $"[@{citation.Id}] is not the id of a reference of this topic ({string.Join(", ", byId.Keys.Order(StringComparer.Ordinal))})",
                SpellingSuggestion.Hint(citation.Id, byId.Keys) ?? "add id: to the reference in references:, and cite it by that id");
        }

        foreach (var reference in references)
        {
            if (reference.Id is { } id && !seen.Contains(reference) && byId[id] == reference)
            {
                diagnostics.Warning(
                    DiagnosticCode.ReferenceNotCited,
                    reference.Location,
                    $"reference '{id}' is never cited in the text",
                    $"cite it with [@{id}] where the text relies on it, or remove it");
            }
        }

        return cited.Count == 0 ? references : [.. cited, .. references.Where(reference => !seen.Contains(reference))];
    }
}
