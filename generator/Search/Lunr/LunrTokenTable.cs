using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace HealthLibrary.Search.Lunr;

/// <summary>
/// One analysing thread's record of the term each raw token gave (null for a stop word): an open-addressed table whose
/// slots hold each token's hash, its first characters and the place of the rest in one array of characters.
/// </summary>
/// <remarks>
/// A build looks up millions of tokens, of some hundred thousand distinct ones. A dictionary keyed by string reaches
/// a bucket, an entry and the string, each a cache miss in a table that size; a slot here holds the hash, the term and
/// most tokens whole.
/// </remarks>
internal sealed class LunrTokenTable
{
    /// <summary>Characters of a token kept in its slot, so that most tokens are compared without reading elsewhere.</summary>
    private const int HeadLength = 8;

    private struct Slot
    {
        /// <summary>The token's hash with its lowest bit set, so that 0 marks an empty slot.</summary>
        public int Hash;
        public int Length;

        /// <summary>Where the characters after the first <see cref="HeadLength"/> are kept.</summary>
        public int Start;

        /// <summary>The term's <see cref="LunrTerm.Key"/>, kept here so that counting the term need not read the term itself.</summary>
        public int Key;
        public Head Head;
        public LunrTerm? Term;
    }

    /// <summary>The first <see cref="HeadLength"/> characters of a token, padded with zeros.</summary>
    private struct Head
    {
        public ulong First;
        public ulong Second;

        public static Head Of(ReadOnlySpan<char> token)
        {
            if (token.Length >= HeadLength)
            {
                var bytes = MemoryMarshal.AsBytes(token);
                return new Head { First = BinaryPrimitives.ReadUInt64LittleEndian(bytes), Second = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]) };
            }

            var head = default(Head);
            token.CopyTo(MemoryMarshal.Cast<Head, char>(new Span<Head>(ref head)));
            return head;
        }
    }

    private Slot[] _slots = new Slot[1 << 12];
    private char[] _characters = new char[1 << 14];
    private int _used;
    private int _count;

    /// <summary>The term of a token met before, or false.</summary>
    public bool TryGetValue(ReadOnlySpan<char> token, out LunrTerm? term, out int key, out int hash)
    {
        var head = Head.Of(token);
        hash = Hash(token, head);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = (hash >>> 1) & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Hash == 0)
            {
                term = null;
                key = -1;
                return false;
            }

            if (slot.Hash == hash && slot.Length == token.Length && slot.Head.First == head.First && slot.Head.Second == head.Second
                && (token.Length <= HeadLength || _characters.AsSpan(slot.Start, token.Length - HeadLength).SequenceEqual(token[HeadLength..])))
            {
                term = slot.Term;
                key = slot.Key;
                return true;
            }
        }
    }

    /// <summary>Records a token not in the table, with the hash <see cref="TryGetValue"/> gave.</summary>
    public void Add(ReadOnlySpan<char> token, int hash, LunrTerm? term)
    {
        if ((_count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        var rest = token.Length > HeadLength ? token[HeadLength..] : [];
        if (_used + rest.Length > _characters.Length)
        {
            Array.Resize(ref _characters, Math.Max(_characters.Length * 2, _used + rest.Length));
        }

        rest.CopyTo(_characters.AsSpan(_used));
        Place(_slots, new Slot { Hash = hash, Length = token.Length, Start = _used, Key = term?.Key ?? -1, Head = Head.Of(token), Term = term });
        _used += rest.Length;
        _count++;
    }

    /// <summary>A hash of the token, never 0: its head and then eight bytes at a time, mixed as in MurmurHash3's finaliser.</summary>
    private static int Hash(ReadOnlySpan<char> token, Head head)
    {
        var h = (head.First * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(head.Second * 0xFF51AFD7ED558CCDUL, 31) ^ (ulong)token.Length;
        if (token.Length > HeadLength)
        {
            var bytes = MemoryMarshal.AsBytes(token[HeadLength..]);
            while (bytes.Length >= 8)
            {
                h = BitOperations.RotateLeft((h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0xFF51AFD7ED558CCDUL, 29);
                bytes = bytes[8..];
            }

            for (; bytes.Length >= 2; bytes = bytes[2..])
            {
                h = (h ^ BinaryPrimitives.ReadUInt16LittleEndian(bytes)) * 0x9E3779B97F4A7C15UL;
            }
        }

        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return (int)h | 1;
    }

    private void Grow()
    {
        var slots = new Slot[_slots.Length * 2];
        foreach (var slot in _slots)
        {
            if (slot.Hash != 0)
            {
                Place(slots, slot);
            }
        }

        _slots = slots;
    }

    private static void Place(Slot[] slots, Slot slot)
    {
        var mask = slots.Length - 1;
        var i = (slot.Hash >>> 1) & mask;
        while (slots[i].Hash != 0)
        {
            i = (i + 1) & mask;
        }

        slots[i] = slot;
    }
}
