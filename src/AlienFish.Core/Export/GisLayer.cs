using NetTopologySuite.Features;

namespace AlienFish.Core.Export;

/// <summary>
/// One layer read from the store, ready for any writer: its features in WGS84 longitude and
/// latitude, the attribute columns every feature carries, and how many places were left out.
/// </summary>
/// <param name="Name">The layer name; also the GeoJSON file name and the GeoPackage table.</param>
/// <param name="GeometryType">The OGC geometry type name, <c>POINT</c> or <c>LINESTRING</c>.</param>
/// <param name="Description">What the layer shows, for a GIS program's layer list.</param>
/// <param name="Skipped">Places left out because they have no usable coordinates.</param>
internal sealed record GisLayer(
    string Name,
    string GeometryType,
    string Description,
    IReadOnlyList<GisField> Fields,
    IReadOnlyList<IFeature> Features,
    int Skipped);
