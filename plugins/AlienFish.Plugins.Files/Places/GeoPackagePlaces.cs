using System.Globalization;
using Microsoft.Data.Sqlite;

namespace AlienFish.Plugins.Files.Places;

/// <summary>
/// Reads the feature tables of a GeoPackage: each table in <c>gpkg_contents</c> with its
/// geometry column from <c>gpkg_geometry_columns</c>, its reference system from
/// <c>gpkg_spatial_ref_sys</c> (organization and organization_coordsys_id), and every other
/// column as a property. SQLite reads only files, so the content is copied to a temporary
/// file that is removed again.
/// </summary>
internal static class GeoPackagePlaces
{
    public const string Format = "GeoPackage";

    private const int ApplicationIdOffset = 68;

    private static ReadOnlySpan<byte> SqliteMagic => "SQLite format 3\0"u8;

    /// <summary>The application ids of GeoPackage 1.2 and later, and of 1.0 and 1.1.</summary>
    private static readonly string[] ApplicationIds = ["GPKG", "GP10", "GP11"];

    /// <summary>True for an SQLite file that says it is a GeoPackage in its application id.</summary>
    public static bool Looks(ReadOnlySpan<byte> content)
    {
        if (!content.StartsWith(SqliteMagic) || content.Length < ApplicationIdOffset + 4)
        {
            return false;
        }

        var id = System.Text.Encoding.ASCII.GetString(content.Slice(ApplicationIdOffset, 4));

        return ApplicationIds.Contains(id, StringComparer.Ordinal);
    }

    public static IReadOnlyList<PlaceLayer> Read(ReadOnlySpan<byte> content, string fileName, CancellationToken token)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fishdens-{Guid.NewGuid():N}.gpkg");

        try
        {
            File.WriteAllBytes(path, content.ToArray());

            using var connection = Open(path);

            return [.. Layers(connection).Select(layer => Read(connection, layer, token))];
        }
        catch (SqliteException e)
        {
            throw FileErrors.BrokenGeoFile(fileName, Format, e.Message.TrimEnd('.'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static SqliteConnection Open(string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };

        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    private static List<(string Table, string Column, string? Crs)> Layers(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT c.table_name, g.column_name, g.srs_id, s.organization, s.organization_coordsys_id
            FROM gpkg_contents c
            JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
            LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
            WHERE c.data_type = 'features'
            ORDER BY c.table_name
            """;

        using var reader = cmd.ExecuteReader();
        var layers = new List<(string, string, string?)>();

        while (reader.Read())
        {
            layers.Add((reader.GetString(0), reader.GetString(1), CrsOf(reader)));
        }

        return layers;
    }

    /// <summary>
    /// <c>EPSG:5186</c> and the like; null for the two undefined systems (srs_id 0 and -1)
    /// that the standard keeps for data with no known system.
    /// </summary>
    private static string? CrsOf(SqliteDataReader reader)
    {
        var srsId = reader.GetInt64(2);

        if (srsId is 0 or -1 || reader.IsDBNull(3))
        {
            return srsId is 0 or -1 ? null : $"srs_id {srsId} (missing from gpkg_spatial_ref_sys)";
        }

        return $"{reader.GetString(3).ToUpperInvariant()}:{reader.GetInt64(4)}";
    }

    private static PlaceLayer Read(
        SqliteConnection connection, (string Table, string Column, string? Crs) layer, CancellationToken token)
    {
        var key = PrimaryKey(connection, layer.Table);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT * FROM {Quote(layer.Table)}" + (key is null ? "" : $" ORDER BY {Quote(key)}");

        using var reader = cmd.ExecuteReader();
        var features = new List<PlaceFeature>();
        var geometryOrdinal = reader.GetOrdinal(layer.Column);
        var keyOrdinal = key is null ? -1 : reader.GetOrdinal(key);
        var fields = Enumerable.Range(0, reader.FieldCount)
            .Where(i => i != geometryOrdinal && i != keyOrdinal)
            .Select(reader.GetName)
            .ToList();

        while (reader.Read())
        {
            token.ThrowIfCancellationRequested();
            features.Add(Feature(reader, geometryOrdinal, keyOrdinal, features.Count + 1));
        }

        return new PlaceLayer(
            layer.Table, layer.Crs, null, $"gpkg_spatial_ref_sys for the table '{layer.Table}'", features, fields);
    }

    private static PlaceFeature Feature(SqliteDataReader reader, int geometryOrdinal, int keyOrdinal, int position)
    {
        var fid = keyOrdinal >= 0 && !reader.IsDBNull(keyOrdinal) ? (int)reader.GetInt64(keyOrdinal) : position;
        var properties = new List<KeyValuePair<string, string>>();

        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (i != geometryOrdinal && i != keyOrdinal)
            {
                properties.Add(KeyValuePair.Create(reader.GetName(i), Text(reader, i)));
            }
        }

        var label = $"feature fid {fid}";

        if (reader.IsDBNull(geometryOrdinal))
        {
            return new PlaceFeature(fid, label, properties, null);
        }

        var (geometry, problem) = GeoPackageBlob.Decode((byte[])reader.GetValue(geometryOrdinal));

        return new PlaceFeature(fid, label, properties, geometry, problem);
    }

    private static string? PrimaryKey(SqliteConnection connection, string table)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT name FROM pragma_table_info({Literal(table)}) WHERE pk = 1";

        return cmd.ExecuteScalar() as string;
    }

    private static string Text(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal)
            ? ""
            : reader.GetValue(ordinal) switch
            {
                string text => text,
                double number => number.ToString("R", CultureInfo.InvariantCulture),
                long number => number.ToString(CultureInfo.InvariantCulture),
                byte[] bytes => Convert.ToHexString(bytes),
                var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
            };

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
