using System.Text.Json.Serialization;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Layer widths of a <see cref="StackedNetwork"/>: the inputs, each encoder layer (the last
/// one is the latent code) and the targets. The payload records them.
/// </summary>
internal sealed record StackedShape(int Inputs, IReadOnlyList<int> Layers, int Targets)
{
    /// <summary>The width of the layer below encoder layer <paramref name="index"/> (0-based).</summary>
    public int WidthBelow(int index) => index == 0 ? Inputs : Layers[index - 1];

    [JsonIgnore]
    public int Latent => Layers[^1];
}
