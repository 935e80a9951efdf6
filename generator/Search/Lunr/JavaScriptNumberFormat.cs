using System.Globalization;

namespace HealthLibrary.Search.Lunr;

/// <summary>Prints a double the way JavaScript's Number#toString (and so JSON.stringify) does.</summary>
internal static class JavaScriptNumberFormat
{
    /// <summary>
    /// Writes <paramref name="value"/> into <paramref name="destination"/> as JavaScript would
    /// print it. Returns the number of characters written; 32 characters always suffice.
    /// </summary>
    public static int Format(double value, Span<char> destination)
    {
        if (double.IsNaN(value))
        {
            "NaN".CopyTo(destination);
            return 3;
        }

        if (value == 0)
        {
            // -0 prints as "0" in JavaScript; .NET would print "-0".
            destination[0] = '0';
            return 1;
        }

        if (double.IsInfinity(value))
        {
            string text = value > 0 ? "Infinity" : "-Infinity";
            text.CopyTo(destination);
            return text.Length;
        }

        // "R" gives the shortest digits that round-trip, the same digits ECMAScript's
        // Number::toString picks. Without an exponent it is already JavaScript's text: .NET
        // switches to exponent notation (at 1e-5 and 1e15 or so) well inside JavaScript's
        // plain range (1e-7 to 1e21), so only the exponent forms need rewriting.
        Span<char> shortest = stackalloc char[32];
        value.TryFormat(shortest, out int length, "R", CultureInfo.InvariantCulture);
        ReadOnlySpan<char> roundTrip = shortest[..length];
        int e = roundTrip.IndexOf('E');
        if (e < 0)
        {
            roundTrip.CopyTo(destination);
            return length;
        }

        return Rewrite(roundTrip, e, destination);
    }

    /// <summary>Formats to a new string; for tests and diagnostics, not the hot path.</summary>
    public static string Format(double value)
    {
        Span<char> buffer = stackalloc char[32];
        int length = Format(value, buffer);
        return new string(buffer[..length]);
    }

    private static int Rewrite(ReadOnlySpan<char> text, int e, Span<char> destination)
    {
        int written = 0;
        ReadOnlySpan<char> mantissa = text[..e];
        if (mantissa[0] == '-')
        {
            destination[written++] = '-';
            mantissa = mantissa[1..];
        }

        int exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        // Digits d1d2...dk with value 0.d1d2...dk × 10^n, as in the ECMAScript algorithm.
        Span<char> digits = stackalloc char[24];
        int k = 0;
        int pointAfter = mantissa.Length;
        for (int i = 0; i < mantissa.Length; i++)
        {
            if (mantissa[i] == '.')
            {
                pointAfter = i;
            }
            else
            {
                digits[k++] = mantissa[i];
            }
        }

        int n = exponent + pointAfter;
        while (k > 1 && digits[k - 1] == '0')
        {
            k--;
        }

        if (k <= n && n <= 21)
        {
            digits[..k].CopyTo(destination[written..]);
            written += k;
            for (int i = 0; i < n - k; i++)
            {
                destination[written++] = '0';
            }

            return written;
        }

        if (0 < n && n <= 21)
        {
            digits[..n].CopyTo(destination[written..]);
            written += n;
            destination[written++] = '.';
            digits[n..k].CopyTo(destination[written..]);
            return written + (k - n);
        }

        if (-6 < n && n <= 0)
        {
            destination[written++] = '0';
            destination[written++] = '.';
            for (int i = 0; i < -n; i++)
            {
                destination[written++] = '0';
            }

            digits[..k].CopyTo(destination[written..]);
            return written + k;
        }

        destination[written++] = digits[0];
        if (k > 1)
        {
            destination[written++] = '.';
            digits[1..k].CopyTo(destination[written..]);
            written += k - 1;
        }

        destination[written++] = 'e';
        destination[written++] = n - 1 >= 0 ? '+' : '-';
        (Math.Abs(n - 1)).TryFormat(destination[written..], out int expLength, default, CultureInfo.InvariantCulture);
        return written + expLength;
    }
}
