namespace HealthLibrary.Tests.Support;

/// <summary>The slow groups, each a value of the <c>Slow</c> trait: <c>--filter "Slow=browser"</c> runs one group.</summary>
public static class SlowGroup
{
    /// <summary>Chromium through Playwright.</summary>
    public const string Browser = "browser";

    /// <summary>The fuzz campaign: thousands of broken sites.</summary>
    public const string Fuzz = "fuzz";

    /// <summary>lunr.js, the search page or Pagefind under Node, or the 1,000-topic corpus they are checked on.</summary>
    public const string Node = "node";

    /// <summary>Real build processes killed part-way.</summary>
    public const string Kill = "kill";

    /// <summary>serve over real HTTP, with its file watcher.</summary>
    public const string Serve = "serve";

    /// <summary>Packing the tool and installing it.</summary>
    public const string Packing = "packing";

    /// <summary>Tools nobody here wrote (the Nu HTML checker, Lighthouse) over the built sample site.</summary>
    public const string Clients = "clients";
}
