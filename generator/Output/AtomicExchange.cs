using System.Runtime.InteropServices;

namespace HealthLibrary.Output;

/// <summary>Swaps two folders in one step where the system can (Linux renameat2), so there is never a moment with no site.</summary>
internal static partial class AtomicExchange
{
    private const int CurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>True when the two paths were exchanged; false when this system or file system cannot do it.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return renameat2(CurrentDirectory, first, CurrentDirectory, second, RenameExchange) == 0;
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
