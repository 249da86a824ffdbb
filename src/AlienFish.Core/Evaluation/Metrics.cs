namespace AlienFish.Core.Evaluation;

/// <summary>
/// Skill measures for one species on held-out surveys, on the model's scale
/// (log(1 + density)). Presence skill is the AUC of a presence score for telling surveys
/// that caught the species from those that did not; <see cref="ModelComparison"/> says which
/// score each model gives.
/// </summary>
public static class Metrics
{
    public static double Rmse(IReadOnlyList<double> observed, IReadOnlyList<double> predicted) =>
        Math.Sqrt(observed.Zip(predicted, (o, p) => (o - p) * (o - p)).Average());

    public static double Mae(IReadOnlyList<double> observed, IReadOnlyList<double> predicted) =>
        observed.Zip(predicted, (o, p) => Math.Abs(o - p)).Average();

    /// <summary>1 - SSE / SST; NaN when every observed value is the same.</summary>
    public static double RSquared(IReadOnlyList<double> observed, IReadOnlyList<double> predicted)
    {
        var mean = observed.Average();
        var total = observed.Sum(o => (o - mean) * (o - mean));
        var residual = observed.Zip(predicted, (o, p) => (o - p) * (o - p)).Sum();

        return total == 0 ? double.NaN : 1 - (residual / total);
    }

    /// <summary>Spearman's rank correlation with average ranks for ties; NaN when either side is constant.</summary>
    public static double Spearman(IReadOnlyList<double> observed, IReadOnlyList<double> predicted) =>
        Pearson(Ranks(observed), Ranks(predicted));

    /// <summary>
    /// The probability that a survey where the species was caught scores higher than one
    /// where it was not (ties count half); NaN when the held-out surveys hold only one kind.
    /// </summary>
    public static double Auc(IReadOnlyList<bool> present, IReadOnlyList<double> score)
    {
        var ranks = Ranks(score);
        var positives = present.Count(p => p);
        var negatives = present.Count - positives;

        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        var rankSum = present.Select((p, i) => p ? ranks[i] : 0).Sum();
        return (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    /// <summary>1-based ranks, ties sharing the average of their positions.</summary>
    public static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];

        for (var start = 0; start < order.Length;)
        {
            var end = start;

            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var average = ((start + end) / 2.0) + 1;

            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = average;
            }

            start = end + 1;
        }

        return ranks;
    }

    private static double Pearson(double[] x, double[] y)
    {
        var mx = x.Average();
        var my = y.Average();
        var sxy = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        var sxx = x.Sum(a => (a - mx) * (a - mx));
        var syy = y.Sum(b => (b - my) * (b - my));

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
