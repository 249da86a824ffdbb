namespace AlienFish.Core.Export;

/// <summary>What one exported layer holds and where it went.</summary>
/// <param name="Layer">The layer name, e.g. <c>reaches</c>.</param>
/// <param name="Written">Features written.</param>
/// <param name="Skipped">Places left out because they have no usable coordinates.</param>
/// <param name="Path">The file that holds the layer.</param>
public sealed record LayerSummary(string Layer, int Written, int Skipped, string Path);
