using AlienFish.Abstractions;

namespace AlienFish.Core.Evaluation;

/// <summary>How much worse a model predicts one species when one variable's values are shuffled.</summary>
/// <param name="Increase">Mean rise in RMSE (log(1 + density)) over the repeats; near 0 means unused.</param>
public sealed record VariableImportance(string Variable, string Species, double BaseRmse, double Increase);

/// <summary>
/// Permutation variable importance: each variable's column is shuffled across surveys,
/// breaking its link to the targets while keeping its distribution, and the rise in RMSE is
/// averaged over seeded repeats.
/// </summary>
public static class PermutationImportance
{
    public static IReadOnlyList<VariableImportance> Compute(
        ITrainedModel model, double[][] features, double[][] targets, int repeats, int seed)
    {
        var baseline = model.Predict(features);
        var results = new List<VariableImportance>();
        var random = new Random(seed);

        for (var v = 0; v < model.FeatureNames.Count; v++)
        {
            var rises = new double[model.TargetNames.Count];

            for (var r = 0; r < repeats; r++)
            {
                var shuffled = Shuffle(features, v, random);
                var predicted = model.Predict(shuffled);

                for (var t = 0; t < rises.Length; t++)
                {
                    rises[t] += Rmse(targets, predicted, t) - Rmse(targets, baseline, t);
                }
            }

            for (var t = 0; t < rises.Length; t++)
            {
                results.Add(new VariableImportance(
                    model.FeatureNames[v], model.TargetNames[t], Rmse(targets, baseline, t), rises[t] / repeats));
            }
        }

        return results;
    }

    private static double[][] Shuffle(double[][] features, int column, Random random)
    {
        var values = features.Select(row => row[column]).ToArray();
        random.Shuffle(values);

        return features.Select((row, i) =>
        {
            var copy = (double[])row.Clone();
            copy[column] = values[i];
            return copy;
        }).ToArray();
    }

    private static double Rmse(double[][] targets, double[][] predicted, int t) =>
        Metrics.Rmse(targets.Select(row => row[t]).ToArray(), predicted.Select(row => row[t]).ToArray());
}
