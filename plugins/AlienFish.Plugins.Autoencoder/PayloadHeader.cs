namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The JSON header of a saved autoencoder: everything needed to rebuild the network and its
/// scaling, and the name and shape of each parameter block that follows it.
/// </summary>
internal sealed record PayloadHeader(
    string Format,
    int PayloadVersion,
    NetworkShape Shape,
    string Activation,
    AutoencoderSettings Settings,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<string> TargetNames,
    ScalingHeader FeatureScaling,
    ScalingHeader TargetScaling,
    IReadOnlyList<double> LossHistory,
    IReadOnlyList<ParameterHeader> Parameters);

/// <summary>Mean and standard deviation per column, as fitted on the training rows.</summary>
internal sealed record ScalingHeader(IReadOnlyList<double> Means, IReadOnlyList<double> Deviations);

/// <summary>One parameter block: its name in the network and its tensor shape.</summary>
internal sealed record ParameterHeader(string Name, IReadOnlyList<long> Shape);
