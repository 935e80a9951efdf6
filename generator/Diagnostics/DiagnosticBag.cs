namespace HealthLibrary.Diagnostics;

/// <summary>Collects every problem of one run, so a writer sees them all at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, location, message, hint));

    public void Warning(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, location, message, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public bool HasErrors => ErrorCount > 0;

    public int ErrorCount
    {
        get
        {
            lock (_gate)
            {
                return _items.Count(d => d.Severity == Severity.Error);
            }
        }
    }

    /// <summary>
    /// The problems in file, line, column order, so output is the same on every run. The order is total (every field
    /// breaks ties), as stages add their problems from several threads at once.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ThenBy(d => d.Hint, StringComparer.Ordinal)
                .ThenBy(d => d.Severity)
                .ToList();
        }
    }
}
