using System.Runtime.InteropServices;

namespace HealthLibrary.Output;

/// <summary>A second name for an existing file (POSIX link), so an unchanged page is carried into a new build without writing it.</summary>
internal static partial class HardLink
{
    /// <summary>True when <paramref name="link"/> now names the same file as <paramref name="existing"/>; false where the system or file system cannot.</summary>
    public static bool TryCreate(string existing, string link)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return Link(existing, link) == 0;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Link(string existing, string link);
}
