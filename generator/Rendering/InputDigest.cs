namespace HealthLibrary.Rendering;

/// <summary>
/// A running 64-bit FNV-1a digest of text and numbers. It allocates nothing and costs a multiply per character,
/// which matters when every page of a large site is fingerprinted after each save; it only has to tell inputs
/// apart, not resist anyone choosing them.
/// </summary>
public struct InputDigest
{
    private const ulong Prime = 1099511628211UL;
    private ulong _value = 14695981039346656037UL;

    public InputDigest()
    {
    }

    public readonly ulong Value => _value;

    /// <summary>Adds the text with its length first, so ("ab", "c") and ("a", "bc") differ.</summary>
    public void Add(string? value)
    {
        Add((ulong)(value?.Length ?? -1));
        foreach (var c in value ?? "")
        {
            _value = (_value ^ c) * Prime;
        }
    }

    public void Add(ulong value)
    {
        for (var shift = 0; shift < 64; shift += 16)
        {
            _value = (_value ^ ((value >> shift) & 0xFFFF)) * Prime;
        }
    }
}
