namespace AlienFish.Plugins.Baselines;

/// <summary>The payload of a fitted <c>pca-ridge</c> model.</summary>
/// <param name="FeatureMeans">Training mean of each feature, also the value a missing one gets.</param>
/// <param name="FeatureDeviations">Training standard deviation of each feature.</param>
/// <param name="Components">Unit principal axes in the standardised feature space, largest first.</param>
/// <param name="Variances">Variance of the training scores along each component.</param>
/// <param name="Intercepts">Per target: its training mean.</param>
/// <param name="Coefficients">Per target: one ridge coefficient per component.</param>
internal sealed record PcaRidgePayload(
    string Format,
    int PayloadVersion,
    PcaRidgeSettings Settings,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<string> TargetNames,
    IReadOnlyList<double> FeatureMeans,
    IReadOnlyList<double> FeatureDeviations,
    IReadOnlyList<double[]> Components,
    IReadOnlyList<double> Variances,
    IReadOnlyList<double> Intercepts,
    IReadOnlyList<double[]> Coefficients,
    IReadOnlyList<double> LossHistory);
