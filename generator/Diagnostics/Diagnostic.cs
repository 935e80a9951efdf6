using System.Text.Json.Serialization;

namespace HealthLibrary.Diagnostics;

/// <summary>One problem found in a writer's input, with where it is and what would fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null)
{
    // Shorthands for Location's parts, left out of the build record's JSON, which has Location: they were a quarter of it.
    [JsonIgnore]
    public string File => Location.File;

    [JsonIgnore]
    public int Line => Location.Line;

    [JsonIgnore]
    public int Column => Location.Column;

    /// <summary>The compiler-style line: <c>input/topics/a.md:4:7: error HL0105: risk 'medium' is not a risk level (low, moderate, high)</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{Location}: {severity} {Code}: {Message}";
    }
}
