namespace AlienFish.Core.Reporting;

/// <summary>An axis from one round number to another in round steps, so tick labels read easily.</summary>
internal sealed record AxisScale(double Min, double Max, double Step)
{
    /// <summary>About <paramref name="ticks"/> steps of 1, 2 or 5 times a power of ten covering the values.</summary>
    public static AxisScale Covering(double min, double max, int ticks = 5)
    {
        if (!double.IsFinite(min) || !double.IsFinite(max))
        {
            (min, max) = (0, 1);
        }

        if (max <= min)
        {
            // One value (often every density zero): give it a unit of room above.
            max = min + (min == 0 ? 1e-3 : Math.Abs(min) * 0.1);
        }

        var step = DistanceHistogram.RoundWidth((max - min) / ticks);
        var low = Math.Floor((min / step) + 1e-9) * step;
        var high = Math.Ceiling((max / step) - 1e-9) * step;

        return new AxisScale(low, high > low ? high : low + step, step);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round((Max - Min) / Step);

        for (var i = 0; i <= count; i++)
        {
            yield return Min + (i * Step);
        }
    }
}
