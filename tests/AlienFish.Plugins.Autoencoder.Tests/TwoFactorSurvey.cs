using AlienFish.Abstractions;

namespace AlienFish.Plugins.Autoencoder.Tests;

/// <summary>
/// A generated survey table whose six water-quality features are smooth functions of two
/// hidden factors, each in its own units and with a little noise, so a two-dimensional code
/// can hold nearly all there is to know about a row. Two targets depend on the same factors.
/// </summary>
internal static class TwoFactorSurvey
{
    public static readonly string[] FeatureNames = ["ph", "do", "bod", "cod", "tn", "tp"];

    public static readonly string[] TargetNames = ["bluegill", "largemouth-bass"];

    public static TrainingData Make(int rows, int seed, int dataSeed = 13)
    {
        var (features, targets) = Rows(rows, dataSeed);

        return new TrainingData(FeatureNames, TargetNames, features, targets, seed);
    }

    /// <summary>Rows drawn one after another, so a longer table begins with a shorter one.</summary>
    public static (double[][] Features, double[][] Targets) Rows(int rows, int dataSeed)
    {
        var random = new Random(dataSeed);
        var features = new double[rows][];
        var targets = new double[rows][];

        for (var row = 0; row < rows; row++)
        {
            var (u, v) = ((random.NextDouble() * 2) - 1, (random.NextDouble() * 2) - 1);
            features[row] = Features(u, v, random);
            targets[row] = [1 + u + (0.1 * random.NextDouble()), 1 + Math.Tanh(v) + (0.1 * random.NextDouble())];
        }

        return (features, targets);
    }

    private static double[] Features(double u, double v, Random random)
    {
        // Noise of 2% of each variable's own spread.
        double Noisy(double value, double spread) => value + (((random.NextDouble() * 2) - 1) * 0.02 * spread);

        return
        [
            Noisy(7.5 + (0.6 * u), 0.6),
            Noisy(9 + (2 * Math.Sin(1.5 * v)), 2),
            Noisy(3 + (1.5 * u * v), 1.5),
            Noisy(20 + (8 * Math.Tanh(u + v)), 8),
            Noisy(2 + Math.Exp(0.8 * u) - (0.5 * v), 1),
            Noisy(0.1 + (0.04 * (u - v)), 0.04),
        ];
    }
}
