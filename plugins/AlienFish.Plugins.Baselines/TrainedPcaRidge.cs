using AlienFish.Abstractions;

namespace AlienFish.Plugins.Baselines;

/// <summary>
/// A fitted <c>pca-ridge</c> model. Prediction standardises a row with the training means and
/// deviations (a missing value becomes the mean), projects it on the principal components, and
/// gives per target intercept + coefficients · scores, floored at 0 because log(1 + density)
/// cannot be negative.
/// </summary>
internal sealed class TrainedPcaRidge : ITrainedModel
{
    private readonly PcaRidgePayload _fit;

    private readonly Standardiser _standardiser;

    public TrainedPcaRidge(PcaRidgePayload fit)
    {
        Validate(fit);

        _fit = fit;
        _standardiser = new Standardiser(fit.FeatureMeans, fit.FeatureDeviations);
    }

    public IReadOnlyList<string> FeatureNames => _fit.FeatureNames;

    public IReadOnlyList<string> TargetNames => _fit.TargetNames;

    public IReadOnlyList<double> LossHistory => _fit.LossHistory;

    public double[][] Predict(double[][] features)
    {
        TableGuard.CheckFeatures(features, FeatureNames, "prediction");

        return [.. _standardiser.Scale(features).Select(PredictRow)];
    }

    public void Save(Stream payload) => BaselinePayload.Write(payload, _fit);

    public void Dispose()
    {
        // Holds managed arrays only.
    }

    /// <summary>The principal component scores of one standardised row.</summary>
    public double[] Scores(double[] standard) =>
        [.. _fit.Components.Select(axis => Dot(axis, standard))];

    private double[] PredictRow(double[] standard)
    {
        var scores = Scores(standard);

        return [.. _fit.Intercepts.Select(
            (intercept, t) => Math.Max(0, intercept + Dot(_fit.Coefficients[t], scores)))];
    }

    private static double Dot(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var sum = 0.0;

        for (var i = 0; i < a.Count; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Validate(PcaRidgePayload fit)
    {
        if (fit.FeatureNames is null || fit.TargetNames is null || fit.FeatureMeans is null
            || fit.FeatureDeviations is null || fit.Components is null || fit.Intercepts is null
            || fit.Coefficients is null || fit.LossHistory is null)
        {
            throw BaselinePayload.Damaged("it lacks one of the fields of a pca-ridge fit");
        }

        var features = fit.FeatureNames.Count;
        var targets = fit.TargetNames.Count;
        var components = fit.Components.Count;

        if (fit.FeatureMeans.Count != features || fit.FeatureDeviations.Count != features
            || fit.Components.Any(axis => axis.Length != features))
        {
            throw BaselinePayload.Damaged($"its scaling or components do not have {features} features");
        }

        if (fit.Intercepts.Count != targets || fit.Coefficients.Count != targets
            || fit.Coefficients.Any(row => row.Length != components))
        {
            throw BaselinePayload.Damaged(
                $"its ridge coefficients do not give {targets} targets of {components} components");
        }
    }
}
