namespace AlienFish.Plugins.Baselines;

/// <summary>The payload of a fitted <c>mean</c> model.</summary>
/// <param name="Means">The training mean of each target, in the order of the target names.</param>
internal sealed record MeanPayload(
    string Format,
    int PayloadVersion,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<string> TargetNames,
    IReadOnlyList<double> Means,
    IReadOnlyList<double> LossHistory);
