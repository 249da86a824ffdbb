namespace AlienFish.Abstractions;

/// <summary>
/// A water-quality monitoring station. Keyed by network and code: the same name under
/// two codes is two stations.
/// </summary>
/// <param name="Network">e.g. <see cref="Networks.WaterQuality"/>.</param>
/// <param name="Code">The station code as the network writes it, leading zeros kept.</param>
public sealed record Station(string Network, string Code, string Name, GeoPoint? Location)
{
    /// <summary>The file row the station was read from, where a source knows it.</summary>
    public SourceLocation? Origin { get; init; }
}
