using HealthLibrary.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace HealthLibrary.Content;

/// <summary>Reports care cards of no known kind, and cards never closed, each at the line and column the writer wrote them.</summary>
public static class CareCardProblems
{
    private static readonly string Kinds = string.Join(", ", CareCardKind.Names);

    public static void Report(string body, MarkdownDocument document, string file, DiagnosticBag diagnostics)
    {
        // Only a body with a fence can hold a card; the others are not walked again.
        if (!body.Contains(":::", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var card in document.Descendants<CustomContainer>())
        {
            var fence = card.Span.Start;
            var lineStart = body.LastIndexOf('\n', Math.Max(0, fence - 1)) + 1;
            var line = card.Line + 1;
            var info = fence;
            while (info < body.Length && body[info] == ':')
            {
                info++;
            }

            while (info < body.Length && body[info] is ' ' or '\t')
            {
                info++;
            }

            var written = card.Info;
            if (string.IsNullOrEmpty(written))
            {
                diagnostics.Error(
                    DiagnosticCode.UnknownCareCard,
                    new SourceLocation(file, line, fence - lineStart + 1),
                    "this ':::' closes no care card, so it opens one without a kind",
                    $"remove it, or write the kind after it, one of: {Kinds}");
                continue;
            }

            if (CareCardKind.Find(written) is null)
            {
                diagnostics.Error(
                    DiagnosticCode.UnknownCareCard,
                    new SourceLocation(file, line, info - lineStart + 1),
                    $"'{written}' is not a kind of care card ({Kinds})",
                    SpellingSuggestion.Hint(written.ToLowerInvariant(), CareCardKind.Names) ?? "write one of the kinds after ':::'");
                continue;
            }

            if (!CareCardParser.IsClosed(card))
            {
                diagnostics.Error(
                    DiagnosticCode.UnclosedCareCard,
                    new SourceLocation(file, line, fence - lineStart + 1),
                    $"the care card '{new string(card.FencedChar, card.OpeningFencedCharCount)} {written}' opened here is never closed",
                    "end it with a line of ':::'; a card inside another needs a longer fence on the outer one (::::)");
            }
        }
    }
}
