using AlienFish.Abstractions;
using AlienFish.Core.Training;

namespace AlienFish.Core.Evaluation;

/// <summary>One point of a response curve: the predicted density at one value of one variable.</summary>
public sealed record ResponsePoint(string Variable, double Value, string Species, double Density);

/// <summary>
/// Response curves: one variable stepped across its observed range (5th to 95th
/// percentile), every other variable held at its median over the surveys, and the
/// predicted density (individuals per m²) of each species at each step.
/// </summary>
public static class ResponseCurves
{
    public static IReadOnlyList<ResponsePoint> Compute(ITrainedModel model, double[][] features, int steps)
    {
        var columns = model.FeatureNames.Count;
        var medians = Enumerable.Range(0, columns).Select(c => Quantile(Column(features, c), 0.5)).ToArray();
        var points = new List<ResponsePoint>();

        for (var v = 0; v < columns; v++)
        {
            var values = Column(features, v);
            var low = Quantile(values, 0.05);
            var high = Quantile(values, 0.95);
            var grid = Enumerable.Range(0, steps).Select(i => low + ((high - low) * i / (steps - 1))).ToArray();

            var rows = grid.Select(x =>
            {
                var row = (double[])medians.Clone();
                row[v] = x;
                return row;
            }).ToArray();

            var predicted = model.Predict(rows);

            for (var i = 0; i < grid.Length; i++)
            {
                for (var t = 0; t < model.TargetNames.Count; t++)
                {
                    var density = TrainingTable.FromTarget(predicted[i][t]);
                    points.Add(new ResponsePoint(model.FeatureNames[v], grid[i], model.TargetNames[t], density));
                }
            }
        }

        return points;
    }

    /// <summary>Linear interpolation between order statistics, missing values left out.</summary>
    public static double Quantile(IReadOnlyList<double> values, double q)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();

        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);

        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }

    private static double[] Column(double[][] features, int c) => features.Select(row => row[c]).ToArray();
}
