using AlienFish.Core.Storage;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;

namespace AlienFish.Core.Export;

/// <summary>
/// Reads the export layers from a store through a read-only connection of its own, so an
/// export can never change the store. Coordinates become WGS84 (x = longitude, y = latitude).
/// </summary>
internal sealed class StoreLayerReader : IDisposable
{
    /// <summary>The EPSG code of WGS84 longitude/latitude, the only reference system exported.</summary>
    public const int Wgs84 = 4326;

    private readonly SqliteConnection _connection;
    private readonly GeometryFactory _factory = new(new PrecisionModel(), Wgs84);

    public StoreLayerReader(FishdensStore store)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = store.Path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };

        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
    }

    public GisLayer Read(string layer) => layer switch
    {
        ExportLayers.Reaches => Reaches(),
        ExportLayers.Stations => Stations(),
        ExportLayers.Matches => Matches(),
        ExportLayers.Predictions => Predictions(),
        ExportLayers.Occurrences => Occurrences(),
        _ => throw new ArgumentException($"not an export layer: {layer}", nameof(layer)),
    };

    public void Dispose() => _connection.Dispose();

    private GisLayer Reaches()
    {
        GisField[] fields =
        [
            GisField.Text("network"), GisField.Text("code"), GisField.Text("name"), GisField.Text("basin"),
            GisField.Text("water_system"), GisField.Text("mid_basin"), GisField.Text("river"),
        ];

        const string Sql = """
            SELECT network, code, name, basin, water_system, mid_basin, river, latitude, longitude
            FROM reaches ORDER BY network, code
            """;

        return Layer(ExportLayers.Reaches, "POINT", "fish survey reaches", fields, Sql, PointAt);
    }

    private GisLayer Stations()
    {
        GisField[] fields = [GisField.Text("network"), GisField.Text("code"), GisField.Text("name")];
        const string Sql = "SELECT network, code, name, latitude, longitude FROM stations ORDER BY network, code";

        return Layer(ExportLayers.Stations, "POINT", "water-quality stations", fields, Sql, PointAt);
    }

    private GisLayer Matches()
    {
        var run = Scalar("SELECT MAX(id) FROM match_runs");
        GisField[] fields =
        [
            GisField.Text("network"), GisField.Text("reach"), GisField.Integer("year"),
            GisField.Integer("round"), GisField.Text("station"), GisField.Real("distance_m"),
        ];

        // A match whose reach or station lacks coordinates has no line to draw.
        const string Sql = """
            SELECT m.network, m.reach_code, m.year, m.round, m.station_code, m.distance_m,
                   r.latitude, r.longitude, s.latitude, s.longitude
            FROM matches m
            LEFT JOIN reaches r ON r.network = m.network AND r.code = m.reach_code
            LEFT JOIN stations s ON s.network = m.station_network AND s.code = m.station_code
            WHERE m.run_id = $id
            ORDER BY m.network, m.reach_code, m.year, m.round
            """;

        var description = run is null ? "no match run stored" : $"survey to station, match run {run}";
        return Layer(ExportLayers.Matches, "LINESTRING", description, fields, Sql, LineAt, run);
    }

    private GisLayer Predictions()
    {
        var model = Scalar("SELECT MAX(model_id) FROM predictions");
        GisField[] fields =
        [
            GisField.Text("network"), GisField.Text("reach"), GisField.Integer("year"),
            GisField.Integer("round"), GisField.Text("species"), GisField.Real("density"),
        ];

        const string Sql = """
            SELECT p.network, p.reach_code, p.year, p.round, p.species_key, p.density,
                   r.latitude, r.longitude
            FROM predictions p
            LEFT JOIN reaches r ON r.network = p.network AND r.code = p.reach_code
            WHERE p.model_id = $id
            ORDER BY p.network, p.reach_code, p.year, p.round, p.species_key
            """;

        var description = model is null
            ? "no predictions stored"
            : $"density (individuals per m²) predicted by model {model}";
        return Layer(ExportLayers.Predictions, "POINT", description, fields, Sql, PointAt, model);
    }

    private GisLayer Occurrences()
    {
        GisField[] fields =
        [
            GisField.Text("key"), GisField.Text("species"), GisField.Text("korean_name"),
            GisField.Text("status"), GisField.Integer("year"), GisField.Text("observed_on"),
            GisField.Integer("count"), GisField.Text("region"),
        ];

        const string Sql = """
            SELECT o.key, o.species_key, s.korean_name, s.status, o.year, o.observed_on, o.count,
                   o.region, o.latitude, o.longitude
            FROM occurrences o
            LEFT JOIN species s ON s.key = o.species_key
            ORDER BY o.species_key, o.year, o.key
            """;

        return Layer(ExportLayers.Occurrences, "POINT", "sightings of species", fields, Sql, PointAt);
    }

    /// <summary>
    /// Runs a query whose first columns are the fields in order and whose remaining columns
    /// give the geometry; rows the geometry reader cannot place are counted, not written.
    /// </summary>
    private GisLayer Layer(
        string name, string geometryType, string description, GisField[] fields, string sql,
        Func<SqliteDataReader, int, Geometry?> geometryAt, long? id = null)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Parameters.AddWithValue("$id", id is { } value ? value : DBNull.Value);

        using var reader = cmd.ExecuteReader();
        var features = new List<IFeature>();
        var skipped = 0;

        while (reader.Read())
        {
            if (geometryAt(reader, fields.Length) is not { } geometry)
            {
                skipped++;
                continue;
            }

            var attributes = new AttributesTable();
            for (var i = 0; i < fields.Length; i++)
            {
                attributes.Add(fields[i].Name, reader.IsDBNull(i) ? null : reader.GetValue(i));
            }

            features.Add(new Feature(geometry, attributes));
        }

        return new GisLayer(name, geometryType, description, fields, features, skipped);
    }

    private Point? PointAt(SqliteDataReader reader, int ordinal) =>
        Place(reader, ordinal) is { } place ? _factory.CreatePoint(place) : null;

    private LineString? LineAt(SqliteDataReader reader, int ordinal) =>
        Place(reader, ordinal) is { } from && Place(reader, ordinal + 2) is { } to
            ? _factory.CreateLineString([from, to])
            : null;

    /// <summary>The place whose latitude and longitude are in these two columns, when it has one.</summary>
    private static Coordinate? Place(SqliteDataReader reader, int latitudeOrdinal)
    {
        if (reader.IsDBNull(latitudeOrdinal) || reader.IsDBNull(latitudeOrdinal + 1))
        {
            return null;
        }

        var latitude = reader.GetDouble(latitudeOrdinal);
        var longitude = reader.GetDouble(latitudeOrdinal + 1);

        return Math.Abs(latitude) <= 90 && Math.Abs(longitude) <= 180
            ? new Coordinate(longitude, latitude)
            : null;
    }

    private long? Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;

        return cmd.ExecuteScalar() is long value ? value : null;
    }
}
