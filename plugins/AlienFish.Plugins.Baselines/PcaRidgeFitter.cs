using AlienFish.Abstractions;

namespace AlienFish.Plugins.Baselines;

/// <summary>
/// Fits <c>pca-ridge</c>: standardise, take the leading eigenvectors of the covariance
/// matrix as components, then solve (ZᵀZ + alpha I) b = Zᵀ(y - mean y) per target, Z being the
/// training scores. Scores have mean 0 (standardised, mean-imputed features do), so the
/// intercept is the target's mean and is not penalised.
/// </summary>
internal static class PcaRidgeFitter
{
    public static PcaRidgePayload Fit(TrainingData data, PcaRidgeSettings settings)
    {
        var columns = data.FeatureNames.Count;
        var standardiser = Standardiser.Fit(data.Features, columns);
        var standard = standardiser.Scale(data.Features);

        var eigen = SymmetricEigen.Of(Covariance(standard, columns));
        var kept = Math.Min(settings.Latent, columns);
        var components = eigen.Vectors.Take(kept).ToArray();
        var scores = standard.Select(row => components.Select(axis => Dot(axis, row)).ToArray()).ToArray();

        var intercepts = Enumerable.Range(0, data.TargetNames.Count)
            .Select(t => data.Targets.Average(row => row[t]))
            .ToArray();
        var coefficients = Ridge(scores, data.Targets, intercepts, kept, settings.Alpha);

        var fit = new PcaRidgePayload(
            BaselinePayload.Format(PcaRidgeModel.ModelName),
            BaselinePayload.Version,
            settings,
            data.FeatureNames,
            data.TargetNames,
            standardiser.Means,
            standardiser.Deviations,
            components,
            [.. eigen.Values.Take(kept).Select(v => Math.Max(v, 0))],
            intercepts,
            coefficients,
            []);

        return fit with { LossHistory = [TrainingLoss(fit, data)] };
    }

    private static double[,] Covariance(double[][] standard, int columns)
    {
        var covariance = new double[columns, columns];
        var divisor = Math.Max(standard.Length - 1, 1);

        for (var i = 0; i < columns; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = standard.Sum(row => row[i] * row[j]);
                covariance[i, j] = sum / divisor;
                covariance[j, i] = sum / divisor;
            }
        }

        return covariance;
    }

    private static double[][] Ridge(
        double[][] scores, double[][] targets, double[] intercepts, int kept, double alpha)
    {
        var gram = new double[kept, kept];

        for (var i = 0; i < kept; i++)
        {
            for (var j = 0; j < kept; j++)
            {
                gram[i, j] = scores.Sum(row => row[i] * row[j]) + (i == j ? alpha : 0);
            }
        }

        var factor = CholeskyFactor.TryFactor(gram)
            ?? throw new InvalidOperationException(
                "pca-ridge cannot solve its regression: the principal component scores are "
                + $"linearly dependent (too few distinct rows for {kept} components); give "
                + $"--set {PcaRidgeSettings.AlphaKey}=VALUE above 0 or a smaller "
                + $"--set {PcaRidgeSettings.LatentKey}=VALUE");

        return [.. intercepts.Select((mean, t) => factor.Solve(
            [.. Enumerable.Range(0, kept).Select(k => CrossProduct(scores, k, targets, t, mean))]))];
    }

    /// <summary>Row k of Zᵀ(y - mean y) for target t.</summary>
    private static double CrossProduct(double[][] scores, int k, double[][] targets, int t, double mean)
    {
        var sum = 0.0;

        for (var row = 0; row < scores.Length; row++)
        {
            sum += scores[row][k] * (targets[row][t] - mean);
        }

        return sum;
    }

    private static double TrainingLoss(PcaRidgePayload fit, TrainingData data)
    {
        var predicted = new TrainedPcaRidge(fit).Predict(data.Features);

        return predicted.Zip(data.Targets)
            .Average(pair => pair.First.Zip(pair.Second, (p, o) => (p - o) * (p - o)).Average());
    }

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
