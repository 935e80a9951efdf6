namespace HealthLibrary.Tests.Fuzz;

/// <summary>Damage at the level of bytes: what a bad editor, a bad copy or a bad encoding does to a file.</summary>
public static class ByteMutations
{
    /// <summary>Bytes that are not plain text, or that parsers treat specially.</summary>
    private static readonly byte[][] Interesting =
    [
        [0x00], [0xFF], [0xFE], [0x80], [0xC0], [0xC1], [0xF5], [(byte)'\r'], [(byte)'\n'], [(byte)'\t'], [0x0B], [0x0C], [0x1B], [0x7F],
        [0xEF, 0xBB, 0xBF],             // a byte order mark, here in the middle of the text
        [0xE2, 0x80, 0xA8],             // U+2028 line separator
        [0xE2, 0x80, 0xAE],             // U+202E right-to-left override
        [0xC2, 0x85],                   // U+0085 next line
        [0xE2, 0x82],                   // a three-byte sequence cut short
        [0xED, 0xA0, 0x80],             // a UTF-16 surrogate encoded as UTF-8 (invalid)
        [0xF4, 0x90, 0x80, 0x80],       // above U+10FFFF (invalid)
        [0xC0, 0xAF],                   // an overlong '/'
        [0xF0, 0x9F, 0x92, 0x8A],       // an emoji outside the basic plane
        [0xEF, 0xBF, 0xBF],             // U+FFFF, a noncharacter
    ];

    public static (byte[] Bytes, string Description) Mutate(Random random, byte[] bytes)
    {
        var data = new List<byte>(bytes);
        var at = random.Next(data.Count + 1);
        switch (random.Next(9))
        {
            case 0 when data.Count > 0:
                var index = Math.Min(at, data.Count - 1);
                var bit = random.Next(8);
                data[index] ^= (byte)(1 << bit);
                return (data.ToArray(), $"bytes: flip bit {bit} of byte {index}");
            case 1:
                var inserted = random.Pick(Interesting);
                data.InsertRange(at, inserted);
                return (data.ToArray(), $"bytes: insert {Hex(inserted)} at {at}");
            case 2:
                var noise = new byte[random.Next(1, 16)];
                random.NextBytes(noise);
                data.InsertRange(at, noise);
                return (data.ToArray(), $"bytes: insert {noise.Length} random bytes at {at}");
            case 3 when data.Count > 0:
                var count = Math.Min(data.Count - Math.Min(at, data.Count - 1), random.Next(1, 64));
                var from = Math.Min(at, data.Count - 1);
                data.RemoveRange(from, count);
                return (data.ToArray(), $"bytes: delete {count} bytes at {from}");
            case 4:
                return (data.Take(at).ToArray(), $"bytes: truncate at {at}");
            case 5:
                var ending = random.Pick<byte[]>([[(byte)'\r', (byte)'\n'], [(byte)'\r'], [(byte)'\n', (byte)'\r']]);
                return (Replace(bytes, (byte)'\n', ending), $"bytes: line endings {Hex(ending)}");
            case 6:
                var boms = random.Next(1, 3);
                var prefix = Enumerable.Repeat<byte[]>([0xEF, 0xBB, 0xBF], boms).SelectMany(b => b);
                return (prefix.Concat(bytes).ToArray(), $"bytes: {boms} byte order mark(s) first");
            case 7:
                var utf16 = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(System.Text.Encoding.UTF8.GetString(bytes))).ToArray();
                return (utf16, "bytes: saved as UTF-16 with a byte order mark");
            default:
                var nul = Enumerable.Repeat((byte)0, random.Next(1, 4)).ToArray();
                data.InsertRange(at, nul);
                return (data.ToArray(), $"bytes: insert {nul.Length} NUL at {at}");
        }
    }

    private static byte[] Replace(byte[] bytes, byte find, byte[] with)
    {
        var result = new List<byte>(bytes.Length + 64);
        foreach (var b in bytes)
        {
            if (b == find)
            {
                result.AddRange(with);
            }
            else
            {
                result.Add(b);
            }
        }

        return result.ToArray();
    }

    private static string Hex(byte[] bytes) => string.Join(' ', bytes.Select(b => $"{b:X2}"));
}
