using System.Text;

namespace HealthLibrary.Rendering;

/// <summary>
/// The text a page template writes, in blocks that its thread keeps from page to page, where a StringWriter's builder
/// would make them again for every long page. Blocks of a fixed size also keep a long listing off the large object heap.
/// </summary>
internal sealed class PageContentWriter : TextWriter
{
    /// <summary>32 KB a block: below the large object heap's 85,000 bytes.</summary>
    private const int BlockSize = 16 * 1024;

    /// <summary>Blocks kept for the next page: as much as a long topic takes. A long listing's others go back to the GC.</summary>
    private const int KeptBlocks = 16;

    private readonly List<char[]> _blocks;
    private char[] _current = new char[BlockSize];
    private int _block;
    private int _used;

    public PageContentWriter()
    {
        _blocks = [_current];
    }

    public override Encoding Encoding => Encoding.Unicode;

    public void Clear()
    {
        if (_blocks.Count > KeptBlocks)
        {
            _blocks.RemoveRange(KeptBlocks, _blocks.Count - KeptBlocks);
        }

        _block = 0;
        _current = _blocks[0];
        _used = 0;
    }

    public override void Write(char value)
    {
        if (_used == BlockSize)
        {
            NextBlock();
        }

        _current[_used++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (buffer.Length > 0)
        {
            if (_used == BlockSize)
            {
                NextBlock();
            }

            int count = Math.Min(buffer.Length, BlockSize - _used);
            buffer[..count].CopyTo(_current.AsSpan(_used));
            _used += count;
            buffer = buffer[count..];
        }
    }

    /// <summary>Writes what has been written since <see cref="Clear"/> to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer)
    {
        for (int block = 0; block < _block; block++)
        {
            writer.Write(_blocks[block]);
        }

        writer.Write(_current.AsSpan(0, _used));
    }

    public override string ToString()
    {
        var text = new StringBuilder((_block * BlockSize) + _used);
        for (int block = 0; block < _block; block++)
        {
            text.Append(_blocks[block]);
        }

        return text.Append(_current.AsSpan(0, _used)).ToString();
    }

    private void NextBlock()
    {
        _block++;
        if (_block == _blocks.Count)
        {
            _blocks.Add(new char[BlockSize]);
        }

        _current = _blocks[_block];
        _used = 0;
    }
}
