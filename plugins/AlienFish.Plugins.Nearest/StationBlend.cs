using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// Combines the window summaries of the stations used for one survey into one summary per
/// variable.
/// </summary>
/// <remarks>
/// <para>
/// Each variable is combined on its own. A station takes part in a variable when its window
/// mean for it is a number, that is when at least one of its samples entered that mean;
/// stations without the variable, or with only samples below an unknown limit, stay out, and
/// the weights of those that take part are renormalised to add up to one.
/// </para>
/// <para>
/// With <c>weighting=none</c> every taking-part station's window mean weighs the same, so the
/// value is the plain mean of the station means (not of the pooled samples). With
/// <c>weighting=idw</c> a station at distance d weighs d to the power of minus
/// <c>idw-power</c>; a station at distance 0 (to the millimetre) takes all the weight, shared
/// equally when there are several. <see cref="VariableSummary.Count"/> and
/// <see cref="VariableSummary.BelowLimit"/> add up the stations with a weight above zero.
/// When no station takes part the mean is NaN, the count zero and the below-limit samples of
/// every station used are counted.
/// </para>
/// </remarks>
internal static class StationBlend
{
    /// <summary>Distances that round to zero millimetres count as zero, as in station ties.</summary>
    private const double ZeroMetres = 0.0005;

    public static IReadOnlyDictionary<string, VariableSummary> Combine(
        IReadOnlyList<StationWindow> used,
        NearestSettings options)
    {
        // One station needs no weighting; its summaries pass through exactly.
        if (used.Count == 1)
        {
            return used[0].Values;
        }

        var variables = used.SelectMany(u => u.Values.Keys).Distinct().Order(StringComparer.Ordinal);
        var combined = new SortedDictionary<string, VariableSummary>(StringComparer.Ordinal);

        foreach (var variable in variables)
        {
            combined.Add(variable, CombineOne(variable, used, options));
        }

        return combined;
    }

    private static VariableSummary CombineOne(
        string variable,
        IReadOnlyList<StationWindow> used,
        NearestSettings options)
    {
        var reporting = used
            .Where(u => u.Values.ContainsKey(variable))
            .Select(u => (u.Metres, Summary: u.Values[variable]))
            .ToList();
        var taking = reporting.Where(r => r.Summary.Count > 0).ToList();

        if (taking.Count == 0)
        {
            return new VariableSummary(double.NaN, 0, reporting.Sum(r => r.Summary.BelowLimit));
        }

        var weights = Weights(taking.Select(t => t.Metres).ToList(), options);
        var totalWeight = 0.0;
        var weightedSum = 0.0;
        var count = 0;
        var belowLimit = 0;

        for (var i = 0; i < taking.Count; i++)
        {
            if (weights[i] <= 0.0)
            {
                continue;
            }

            totalWeight += weights[i];
            weightedSum += weights[i] * taking[i].Summary.Mean;
            count += taking[i].Summary.Count;
            belowLimit += taking[i].Summary.BelowLimit;
        }

        return new VariableSummary(weightedSum / totalWeight, count, belowLimit);
    }

    /// <summary>Weights before renormalisation, one per distance.</summary>
    private static double[] Weights(IReadOnlyList<double> metres, NearestSettings options)
    {
        if (options.Weighting == StationWeighting.None)
        {
            return metres.Select(_ => 1.0).ToArray();
        }

        if (metres.Any(m => m < ZeroMetres))
        {
            return metres.Select(m => m < ZeroMetres ? 1.0 : 0.0).ToArray();
        }

        // Weights relative to the nearest station's: the same after renormalising, and free of
        // the underflow that raw distances to a large power would cause.
        var nearest = metres.Min();

        return metres.Select(m => Math.Pow(nearest / m, options.IdwPower)).ToArray();
    }
}
