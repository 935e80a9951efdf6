namespace HealthLibrary.Cli;

/// <summary>What the process returns: 0 built, 1 the content has errors, 2 bad usage or an I/O failure.</summary>
public static class ExitCode
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageOrIo = 2;
}
