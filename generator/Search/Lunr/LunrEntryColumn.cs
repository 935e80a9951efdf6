namespace HealthLibrary.Search.Lunr;

/// <summary>One number per posting entry (or per occurrence), kept in fixed blocks that are never copied once full.</summary>
/// <remarks>
/// A large library's index has tens of millions of entries. A list that doubles as it grows holds up to twice what it
/// needs, and both its old and new arrays while it grows; an array made from it when the index is finished is one
/// more copy. Blocks are added as they fill and handed on as they are, so a column holds what it has plus at most one
/// block. The first block grows as a list does, so a small index takes little.
/// </remarks>
internal sealed class LunrEntryColumn
{
    /// <summary>Numbers per block: 256 KB blocks, few enough to find and large enough that a part-filled one wastes little.</summary>
    private const int Shift = 16;

    private const int BlockLength = 1 << Shift;

    private const int Mask = BlockLength - 1;

    private readonly List<int[]> _blocks = [new int[16]];

    public int Count { get; private set; }

    public int this[int index] => _blocks[index >> Shift][index & Mask];

    public void Add(int value)
    {
        int blockIndex = Count >> Shift;
        int offset = Count & Mask;
        if (blockIndex == _blocks.Count)
        {
            _blocks.Add(new int[BlockLength]);
        }

        int[] block = _blocks[blockIndex];
        if (offset == block.Length)
        {
            // Only the first block grows, by doubling, until it is a whole block.
            Array.Resize(ref block, Math.Min(block.Length * 2, BlockLength));
            _blocks[blockIndex] = block;
        }

        block[offset] = value;
        Count++;
    }

    public void AddRange(ReadOnlySpan<int> values)
    {
        foreach (int value in values)
        {
            Add(value);
        }
    }
}
