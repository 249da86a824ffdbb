namespace AlienFish.Core.Reporting;

/// <summary>
/// Distances binned from zero in bars of one round width (1, 2 or 5 times a power of ten),
/// about twenty bars over the whole range. Every value lies in exactly one bar, from its
/// lower edge up to, not including, its upper edge.
/// </summary>
public sealed record DistanceHistogram(double BinWidth, IReadOnlyList<HistogramBin> Bins)
{
    private const int TargetBins = 20;

    public static DistanceHistogram Of(IReadOnlyList<double> values)
    {
        var finite = values.Where(double.IsFinite).ToList();

        if (finite.Count == 0)
        {
            return new DistanceHistogram(1, []);
        }

        if (finite.Any(v => v < 0))
        {
            throw new ArgumentException("a distance is never negative", nameof(values));
        }

        var max = finite.Max();
        var width = RoundWidth(max / TargetBins);
        var bins = (int)Math.Floor(max / width) + 1;

        while (bins * width <= max)
        {
            bins++;
        }

        var counts = new int[bins];

        foreach (var value in finite)
        {
            counts[BinOf(value, width, bins)]++;
        }

        var result = counts.Select((c, i) => new HistogramBin(i * width, (i + 1) * width, c)).ToList();
        return new DistanceHistogram(width, result);
    }

    /// <summary>The bar whose edges, as written, hold the value, whatever the rounding of the division.</summary>
    private static int BinOf(double value, double width, int bins)
    {
        var bin = Math.Clamp((int)Math.Floor(value / width), 0, bins - 1);

        while (bin > 0 && value < bin * width)
        {
            bin--;
        }

        while (bin < bins - 1 && value >= (bin + 1) * width)
        {
            bin++;
        }

        return bin;
    }

    /// <summary>The smallest of 1, 2 or 5 times a power of ten that is at least <paramref name="raw"/>.</summary>
    public static double RoundWidth(double raw)
    {
        if (!(raw > 0))
        {
            return 1;
        }

        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));

        foreach (var step in new[] { 1.0, 2, 5, 10 })
        {
            if (step * power >= raw * (1 - 1e-12))
            {
                return step * power;
            }
        }

        return 10 * power;
    }
}
