using AlienFish.Abstractions;

namespace AlienFish.Plugins.Autoencoder.Tests;

/// <summary>
/// A generated survey table with a known relation: six water-quality features, of which
/// the first two drive five log(1 + density) targets through smooth functions, plus noise.
/// The other four features are noise the model has to learn to ignore.
/// </summary>
internal static class SyntheticDensity
{
    public static readonly string[] FeatureNames = ["ph", "do", "bod", "cod", "tn", "tp"];

    public static readonly string[] TargetNames =
        ["bluegill", "largemouth-bass", "mosquitofish", "brown-trout", "grass-carp"];

    public static TrainingData Make(int rows, int seed, int dataSeed = 7)
    {
        var (features, targets) = Rows(rows, dataSeed);

        return new TrainingData(FeatureNames, TargetNames, features, targets, seed);
    }

    /// <summary>
    /// Feature and target rows from one generator, row by row, so that a longer table
    /// begins with the rows of a shorter one.
    /// </summary>
    public static (double[][] Features, double[][] Targets) Rows(int rows, int dataSeed)
    {
        var random = new Random(dataSeed);
        var features = new double[rows][];
        var targets = new double[rows][];

        for (var row = 0; row < rows; row++)
        {
            features[row] = [.. FeatureNames.Select(_ => (random.NextDouble() * 4) - 2)];
            targets[row] = Targets(features[row][0], features[row][1], random);
        }

        return (features, targets);
    }

    private static double[] Targets(double a, double b, Random random)
    {
        double Noise() => ((random.NextDouble() * 2) - 1) * 0.05;

        return
        [
            1.5 + Math.Sin(a) + Noise(),
            1 + (0.5 * b) + (0.2 * a * b) + Noise(),
            Math.Log(1 + Math.Exp(a + b)) + Noise(),
            1 + Math.Tanh(a - b) + Noise(),
            0.5 + (0.3 * a * a) + Noise(),
        ];
    }
}
