using NetTopologySuite.Geometries;

namespace AlienFish.Plugins.Files.Places;

/// <summary>One feature of a GeoJSON or GeoPackage layer, its properties as text.</summary>
/// <param name="Number">
/// What the row of its <c>SourceLocation</c> holds: the 1-based position in a GeoJSON
/// <c>features</c> array, or the GeoPackage <c>fid</c>.
/// </param>
/// <param name="Label">How messages name it, e.g. <c>feature 3 (features[2])</c>.</param>
/// <param name="Geometry">Null when the feature has none, or when it could not be read.</param>
/// <param name="GeometryProblem">Why the geometry could not be read, when it could not.</param>
internal sealed record PlaceFeature(
    int Number,
    string Label,
    IReadOnlyList<KeyValuePair<string, string>> Properties,
    Geometry? Geometry,
    string? GeometryProblem = null);
