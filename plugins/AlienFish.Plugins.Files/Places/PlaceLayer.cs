using AlienFish.Plugins.Files.Geography;

namespace AlienFish.Plugins.Files.Places;

/// <summary>The point features of one GeoJSON file or one GeoPackage feature table.</summary>
/// <param name="Name">The GeoPackage table; null for GeoJSON, which has one layer.</param>
/// <param name="DeclaredCrs">
/// The reference system the file names for the layer (<c>EPSG:5186</c>,
/// <c>urn:ogc:def:crs:OGC:1.3:CRS84</c>), or null when it names none.
/// </param>
/// <param name="DefaultSystem">
/// The system of a layer that names none: WGS84 for GeoJSON (RFC 7946); null for a
/// GeoPackage, whose undefined systems cannot be guessed.
/// </param>
/// <param name="CrsPlace">Where the file names the system, for messages.</param>
/// <param name="Fields">
/// The property names of the layer: a GeoPackage table's columns, even when it holds no
/// feature; the names used by any feature of a GeoJSON file.
/// </param>
internal sealed record PlaceLayer(
    string? Name,
    string? DeclaredCrs,
    ReferenceSystem? DefaultSystem,
    string CrsPlace,
    IReadOnlyList<PlaceFeature> Features,
    IReadOnlyList<string> Fields);
