using AlienFish.Abstractions;

namespace AlienFish.Plugins.Baselines.Tests;

/// <summary>
/// A generated survey table shaped like the real one: six water-quality features, two alien
/// species absent from many surveys. Whether a species is present, and its log(1 + density)
/// where it is, depend smoothly on the first two features only; the other four are noise.
/// Shared by the baseline and the autoencoder tests, so both compare on the same relation.
/// </summary>
internal static class ZeroInflatedSurvey
{
    public static readonly string[] FeatureNames = ["ph", "do", "bod", "cod", "tn", "tp"];

    public static readonly string[] TargetNames = ["bluegill", "largemouth-bass"];

    public static TrainingData Make(int rows, int seed, int dataSeed = 21)
    {
        var (features, targets) = Rows(rows, dataSeed);

        return new TrainingData(FeatureNames, TargetNames, features, targets, seed);
    }

    /// <summary>Rows from one generator, so a longer table begins with the rows of a shorter one.</summary>
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

    /// <summary>The share of zeros over all species and rows.</summary>
    public static double ZeroShare(double[][] targets) =>
        targets.SelectMany(row => row).Average(value => value == 0 ? 1.0 : 0.0);

    private static double[] Targets(double a, double b, Random random)
    {
        double Noise() => ((random.NextDouble() * 2) - 1) * 0.1;
        bool Present(double logit) => random.NextDouble() < 1 / (1 + Math.Exp(-logit));

        var bluegill = Present(3 * (a + (0.5 * b) - 0.3))
            ? Math.Max(0.1, 1.5 + (0.8 * Math.Sin(1.5 * a)) + (0.3 * b) + Noise())
            : 0;
        var bass = Present(3 * (b - (0.5 * a) - 0.4))
            ? Math.Max(0.1, 0.8 + (0.4 * a * a) + (0.3 * b) + Noise())
            : 0;

        return [bluegill, bass];
    }
}
