namespace HealthLibrary.Diagnostics;

/// <summary>Told how far a build has got: each stage starts with its number of steps, then reports each step done (from any thread).</summary>
public interface IBuildProgress
{
    void Start(string stage, int steps);

    void Advance();
}
