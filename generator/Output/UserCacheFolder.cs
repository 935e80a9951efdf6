namespace HealthLibrary.Output;

/// <summary>Where healthlib keeps what any build on this machine may reuse: <c>$XDG_CACHE_HOME/healthlibrary</c>, else <c>~/.cache/healthlibrary</c>.</summary>
public static class UserCacheFolder
{
    /// <summary>The folder <paramref name="name"/> inside it (not created); null without a home folder.</summary>
    public static string? Of(string name)
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(root))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (string.IsNullOrEmpty(home))
            {
                return null;
            }

            root = Path.Combine(home, ".cache");
        }

        return Path.Combine(root, "healthlibrary", name);
    }
}
