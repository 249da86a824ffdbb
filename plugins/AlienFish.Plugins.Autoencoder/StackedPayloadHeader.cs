namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The JSON header of a saved stacked model: which model wrote it, everything needed to
/// rebuild the network and its scaling, and the name and shape of each parameter block that
/// follows it.
/// </summary>
/// <param name="Format"><c>fishdens-sae</c>, <c>fishdens-dae</c> or <c>fishdens-mlp</c>.</param>
/// <param name="DensityScaling">Per target, over the rows where the species is present.</param>
/// <param name="DecoderParameters">
/// From version 2: the blocks of the pre-training decoders, which follow those of the network;
/// empty for <c>mlp</c>. A version 1 payload has none.
/// </param>
internal sealed record StackedPayloadHeader(
    string Format,
    int PayloadVersion,
    StackedShape Shape,
    string Activation,
    StackedSettings Settings,
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<string> TargetNames,
    ScalingHeader FeatureScaling,
    ScalingHeader DensityScaling,
    IReadOnlyList<double> LossHistory,
    IReadOnlyList<ParameterHeader> Parameters,
    IReadOnlyList<ParameterHeader>? DecoderParameters);
