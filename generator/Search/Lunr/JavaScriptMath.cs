namespace HealthLibrary.Search.Lunr;

/// <summary>Math.log and Math.round exactly as V8 computes them, so index weights match lunr.js bit for bit.</summary>
internal static class JavaScriptMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01; // 3fe62e42 fee00000
    private const double Ln2Lo = 1.90821492927058770002e-10; // 3dea39ef 35793c76
    private const double Two54 = 1.80143985094819840000e+16; // 43500000 00000000
    private const double Lg1 = 6.666666666666735130e-01; // 3FE55555 55555593
    private const double Lg2 = 3.999999999940941908e-01; // 3FD99999 9997FA04
    private const double Lg3 = 2.857142874366239149e-01; // 3FD24924 94229359
    private const double Lg4 = 2.222219843214978396e-01; // 3FCC71C5 1D8E78AF
    private const double Lg5 = 1.818357216161805012e-01; // 3FC74664 96CB03DE
    private const double Lg6 = 1.531383769920937332e-01; // 3FC39A09 D078C69F
    private const double Lg7 = 1.479819860511658591e-01; // 3FC2F112 DF3E5244

    /// <summary>
    /// V8's Math.log: fdlibm's e_log.c (v8/src/base/ieee754.cc). .NET's Math.Log calls the C
    /// library, which may round the last bit differently (and differs between Linux and Windows);
    /// the port keeps idf, and so every weight, identical to lunr.js on x64 Node.
    /// </summary>
    public static double Log(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int hx = (int)(bits >> 32);
        uint lx = (uint)bits;

        int k = 0;
        if (hx < 0x00100000)
        {
            // x < 2**-1022: zero, negative or subnormal.
            if (((hx & 0x7fffffff) | (int)lx) == 0)
            {
                return double.NegativeInfinity;
            }

            if (hx < 0)
            {
                return double.NaN;
            }

            k -= 54;
            x *= Two54;
            hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        }

        if (hx >= 0x7ff00000)
        {
            return x + x;
        }

        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        x = WithHighWord(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
        k += i >> 20;
        double f = x - 1.0;
        double dk;
        double r;
        if ((0x000fffff & (2 + hx)) < 3)
        {
            // -2**-20 <= f < 2**-20
            if (f == 0.0)
            {
                if (k == 0)
                {
                    return 0.0;
                }

                dk = k;
                return (dk * Ln2Hi) + (dk * Ln2Lo);
            }

            r = f * f * (0.5 - (0.33333333333333333 * f));
            if (k == 0)
            {
                return f - r;
            }

            dk = k;
            return (dk * Ln2Hi) - ((r - (dk * Ln2Lo)) - f);
        }

        double s = f / (2.0 + f);
        dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        double t2 = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        i |= j;
        r = t2 + t1;
        if (i > 0)
        {
            double hfsq = 0.5 * f * f;
            if (k == 0)
            {
                return f - (hfsq - (s * (hfsq + r)));
            }

            return (dk * Ln2Hi) - ((hfsq - ((s * (hfsq + r)) + (dk * Ln2Lo))) - f);
        }

        if (k == 0)
        {
            return f - (s * (f - r));
        }

        return (dk * Ln2Hi) - (((s * (f - r)) - (dk * Ln2Lo)) - f);
    }

    /// <summary>
    /// Math.round as V8 implements it: halves go towards +∞ (-2.5 → -2), unlike .NET's
    /// default banker's rounding, and without the floor(x + 0.5) error at 0.49999999999999994.
    /// </summary>
    public static double Round(double x)
    {
        double result = Math.Ceiling(x);
        if (result - 0.5 > x)
        {
            result -= 1.0;
        }

        return result;
    }

    private static double WithHighWord(double x, int high)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        bits = (bits & 0xffffffffL) | ((long)high << 32);
        return BitConverter.Int64BitsToDouble(bits);
    }
}
