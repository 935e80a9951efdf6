namespace HealthLibrary.Tests.Fuzz;

/// <summary>The few ways the mutators draw from a seeded <see cref="Random"/>.</summary>
public static class RandomChoice
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>
    /// A nesting depth, mostly around the limits parsers set (32, 64, 100, 128, 200, 256) and now and then far
    /// beyond them; the huge ones are rarer because some parsers take quadratic time on them.
    /// </summary>
    public static int Depth(this Random random) => random.Chance(0.1)
        ? random.Pick([999, 1000, 1001, 5000, 20000])
        : random.Pick([2, 5, 16, 31, 32, 33, 63, 64, 65, 99, 100, 101, 127, 128, 129, 130, 199, 200, 201, 255, 256, 257, 500]);

    /// <summary>A length for long text: around the limits the content model sets, and now and then far beyond them.</summary>
    public static int Length(this Random random) => random.Chance(0.1)
        ? random.Pick([65536, 300_000])
        : random.Pick([0, 1, 119, 120, 121, 159, 160, 161, 299, 300, 301, 1024, 4096]);
}
