using HealthLibrary.Tests.Support;
using System.Globalization;
using System.Text.Json.Nodes;
using HealthLibrary.Search.Lunr;

namespace HealthLibrary.Tests.Search;

/// <summary>The V8 behaviours the writer imitates (Math.log, Math.round, number text, key order), compared with Node.</summary>
public sealed class JavaScriptBehaviourTests
{
    [Theory]
    [InlineData(0.5, 1)]
    [InlineData(1.5, 2)]
    [InlineData(2.5, 3)]
    [InlineData(-0.5, 0)]
    [InlineData(-2.5, -2)]
    [InlineData(-2.6, -3)]
    [InlineData(0.49999999999999994, 0)]
    public void Round_rounds_halves_up(double x, double rounded)
    {
        Assert.Equal(rounded, JavaScriptMath.Round(x));
    }

    [Theory]
    [InlineData(0.001, "0.001")]
    [InlineData(-0.0, "0")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.2345678901234568E+20, "123456789012345680000")]
    [InlineData(123.456, "123.456")]
    public void Formats_numbers_like_javascript(double value, string text)
    {
        Assert.Equal(text, JavaScriptNumberFormat.Format(value));
    }

    [Slow(SlowGroup.Node)]
    [Fact]
    public void Log_round_and_number_text_match_v8_bit_for_bit()
    {
        var random = new Random(7);
        var inputs = new List<double>();
        // idf arguments as the builder forms them, for corpora up to 20,000 documents.
        foreach (int n in new[] { 1, 2, 3, 7, 10, 100, 999, 1000, 1001, 10000, 20000 })
        {
            for (int df = 1; df <= Math.Min(2 * n, 400); df++)
            {
                inputs.Add(1 + Math.Abs((n - df + 0.5) / (df + 0.5)));
            }
        }

        for (int i = 0; i < 20000; i++)
        {
            inputs.Add(Math.Exp((random.NextDouble() * 80) - 40));
            inputs.Add(BitConverter.Int64BitsToDouble(random.NextInt64(0, 0x7FF0000000000000)));
        }

        inputs.AddRange([0, -0.0, 1, 2, Math.E, 0.5, double.Epsilon, double.MaxValue, double.PositiveInfinity, -1, double.NaN, 1 + 1e-15, 1 - 1e-16]);

        var scores = new List<double>();
        for (int i = 0; i < 20000; i++)
        {
            scores.Add(random.NextDouble() * Math.Pow(10, random.Next(-8, 4)));
            scores.Add(Math.Round(random.NextDouble() * 100000) / 1000 + 0.0005); // halves
            scores.Add(-scores[^1]);
        }

        var numbers = new List<double>(scores.Select(s => JavaScriptMath.Round(s * 1000) / 1000));
        for (int i = 0; i < 20000; i++)
        {
            numbers.Add(BitConverter.Int64BitsToDouble(random.NextInt64()));
        }

        numbers.AddRange([1e21, 1e-7, 1e-6, 9.999999999999999e20, 123456789012345680000.0, 5e-324, -1e-7, double.NaN, double.NegativeInfinity]);

        JsonNode answer = LunrOracle.Probe(new JsonObject
        {
            ["log"] = Bits(inputs),
            ["round"] = Bits(scores),
            ["numberToString"] = Bits(numbers),
        });

        AssertAll("Math.log", inputs, answer["log"]!, x => Hex(JavaScriptMath.Log(x)));
        AssertAll("Math.round(x * 1000) / 1000", scores, answer["round"]!, x => Hex(JavaScriptMath.Round(x * 1000) / 1000));
        AssertAll("String(x)", numbers, answer["numberToString"]!, x => JavaScriptNumberFormat.Format(x));
    }

    [Slow(SlowGroup.Node)]
    [Fact]
    public void Orders_keys_like_javascript_objects()
    {
        string[][] cases =
        [
            ["b", "42", "07", "-1", "0", "10", "4294967294", "4294967295", "9007199254740991", "1e3", "1.5", "00", "a/1", "2"],
            ["_index", "title", "2", "body", "1"],
            ["z", "y", "x"],
        ];
        JsonNode answer = LunrOracle.Probe(new JsonObject
        {
            ["objectKeys"] = new JsonArray([.. cases.Select(keys => (JsonNode)new JsonArray([.. keys.Select(k => JsonValue.Create(k))]))]),
        });

        for (int i = 0; i < cases.Length; i++)
        {
            string[] keys = cases[i];
            Assert.Equal(
                answer["objectKeys"]![i]!.AsArray().Select(n => n!.GetValue<string>()),
                JavaScriptPropertyKey.EnumerationOrder(keys).Select(p => keys[p]));
        }
    }

    private static void AssertAll(string what, List<double> inputs, JsonNode expected, Func<double, string> ours)
    {
        var differences = new List<string>();
        for (int i = 0; i < inputs.Count; i++)
        {
            string javascript = CanonicalNaN(expected[i]!.GetValue<string>());
            string actual = CanonicalNaN(ours(inputs[i]));
            if (javascript != actual)
            {
                differences.Add($"{what} of {inputs[i].ToString("R", CultureInfo.InvariantCulture)} ({Hex(inputs[i])}): V8 {javascript}, ours {actual}");
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {inputs.Count} differ:\n" + string.Join("\n", differences.Take(20)));
    }

    /// <summary>NaN payloads differ between V8 and .NET and mean nothing; any NaN prints "NaN".</summary>
    private static string CanonicalNaN(string text) =>
        text.StartsWith("0x", StringComparison.Ordinal)
        && double.IsNaN(BitConverter.Int64BitsToDouble(long.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)))
            ? "NaN"
            : text;

    private static JsonArray Bits(IEnumerable<double> values) => new([.. values.Select(v => JsonValue.Create(Hex(v)))]);

    private static string Hex(double value) => "0x" + BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);
}
