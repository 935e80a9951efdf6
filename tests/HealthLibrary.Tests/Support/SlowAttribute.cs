using Xunit.Sdk;

namespace HealthLibrary.Tests.Support;

/// <summary>
/// Marks a test or class as one of the slow groups (<see cref="SlowGroup"/>): it gets the traits
/// <c>Speed=Slow</c> and <c>Slow=&lt;group&gt;</c>, so <c>--filter "Speed!=Slow"</c> is the fast loop.
/// </summary>
[TraitDiscoverer("HealthLibrary.Tests.Support.SlowTraitDiscoverer", "HealthLibrary.Tests")]
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class SlowAttribute(string group) : Attribute, ITraitAttribute
{
    public string Group { get; } = group;
}
