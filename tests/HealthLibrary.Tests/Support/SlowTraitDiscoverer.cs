using Xunit.Abstractions;
using Xunit.Sdk;

namespace HealthLibrary.Tests.Support;

/// <summary>Turns <see cref="SlowAttribute"/> into the traits the test filter reads.</summary>
public sealed class SlowTraitDiscoverer : ITraitDiscoverer
{
    public IEnumerable<KeyValuePair<string, string>> GetTraits(IAttributeInfo traitAttribute)
    {
        yield return new("Speed", "Slow");
        yield return new("Slow", (string)traitAttribute.GetConstructorArguments().Single());
    }
}
