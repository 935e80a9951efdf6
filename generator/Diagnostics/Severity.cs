namespace HealthLibrary.Diagnostics;

/// <summary>How serious a problem is: errors fail the build, warnings do not (unless --strict).</summary>
public enum Severity
{
    Warning,
    Error,
}
