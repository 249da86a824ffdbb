using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Geography;
using AlienFish.Plugins.Files.Layouts;
using AlienFish.Plugins.Files.Tables;
using NetTopologySuite.Geometries;

namespace AlienFish.Plugins.Files.Places;

/// <summary>
/// A layer of sightings, such as the <c>occurrences</c> layer <c>fishdens export</c> writes
/// (<c>key, species, korean_name, year, observed_on, count, region</c>): its features are
/// turned into the rows of a table, each point's WGS84 degrees in two more columns, and read
/// as occurrence records are.
/// </summary>
internal static class OccurrenceLayer
{
    // Named as Darwin Core names them, so messages about a point speak of its degrees.
    private const string Latitude = "decimalLatitude";
    private const string Longitude = "decimalLongitude";

    private static readonly OccurrenceReader Reader = new();

    /// <summary>Reads the layer when its properties are those of sightings; false otherwise.</summary>
    public static bool TryRead(
        string fileName,
        PlaceLayer layer,
        Func<ReferenceSystem> systemOf,
        FilesSettings settings,
        SourceBatch batch,
        CancellationToken token)
    {
        var header = new TableRow(0, [.. layer.Fields, Latitude, Longitude]);
        var columns = ColumnMap.Locate(new Table(layer.Name, [header]), Reader.Accepts);

        if (columns is null)
        {
            return false;
        }

        var system = systemOf();
        var rows = new List<TableRow>(layer.Features.Count + 1) { header };

        rows.AddRange(layer.Features.Select(feature => Row(layer.Fields, feature, system)));

        var table = new Table(layer.Name, rows);

        Reader.Read(new LayoutInput(fileName, table, columns, settings), batch, token);
        ReportUnplaced(fileName, layer, batch);

        return true;
    }

    private static void ReportUnplaced(string fileName, PlaceLayer layer, SourceBatch batch)
    {
        var unplaced = layer.Features.Where(f => f.Geometry is not Point { IsEmpty: false }).ToList();

        if (unplaced.Count == 0)
        {
            return;
        }

        var features = unplaced.Count == 1 ? "1 feature has" : $"{unplaced.Count} features have";

        batch.Diagnostics.Add(new Diagnostic(
            DiagnosticSeverity.Warning,
            DiagnosticCodes.NotAPoint,
            $"{features} no point for a geometry (the first is here, {unplaced[0].Label}); their sightings are "
            + "kept without a position. Give each sighting as one Point",
            new SourceLocation(fileName, layer.Name, unplaced[0].Number, "geometry")));
    }

    private static TableRow Row(IReadOnlyList<string> fields, PlaceFeature feature, ReferenceSystem system)
    {
        var values = feature.Properties.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var cells = fields.Select(field => values.GetValueOrDefault(field, "")).ToList();
        var point = feature.Geometry is Point { IsEmpty: false } p ? system.ToWgs84(p.X, p.Y) : (GeoPoint?)null;

        cells.Add(point is { } at ? Degrees(at.Latitude) : "");
        cells.Add(point is { } to ? Degrees(to.Longitude) : "");

        return new TableRow(feature.Number, cells);
    }

    private static string Degrees(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
