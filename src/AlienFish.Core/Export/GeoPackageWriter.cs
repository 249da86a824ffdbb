using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace AlienFish.Core.Export;

/// <summary>
/// Writes layers as the feature tables of a new GeoPackage (OGC 12-128r18, version 1.3): the
/// required metadata tables, each layer's table with an integer <c>fid</c> and a <c>geom</c>
/// column of GeoPackage binary, and its extent in <c>gpkg_contents</c>.
/// </summary>
internal static class GeoPackageWriter
{
    /// <summary>"GPKG" read as a big-endian 32-bit number, the SQLite application id of a GeoPackage.</summary>
    public const int ApplicationId = 0x47504B47;

    /// <summary>GeoPackage 1.3.0 as the standard asks it to be written into <c>user_version</c>.</summary>
    public const int UserVersion = 10300;

    public const string GeometryColumn = "geom";

    // The WKT that the EPSG registry and the GeoPackage standard give for WGS84 longitude/latitude.
    private const string Wgs84Definition =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
        + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
        + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    private const string Schema = """
        CREATE TABLE gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL,
            srs_id INTEGER NOT NULL PRIMARY KEY,
            organization TEXT NOT NULL,
            organization_coordsys_id INTEGER NOT NULL,
            definition TEXT NOT NULL,
            description TEXT
        );
        CREATE TABLE gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY,
            data_type TEXT NOT NULL,
            identifier TEXT UNIQUE,
            description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
            min_x DOUBLE,
            min_y DOUBLE,
            max_x DOUBLE,
            max_y DOUBLE,
            srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
        );
        CREATE TABLE gpkg_geometry_columns (
            table_name TEXT NOT NULL,
            column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL,
            srs_id INTEGER NOT NULL,
            z TINYINT NOT NULL,
            m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT uk_gc_table_name UNIQUE (table_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
        );
        """;

    /// <summary>Creates the file at <paramref name="path"/>, which must not exist yet, and fills it.</summary>
    public static void Write(string path, IReadOnlyList<GisLayer> layers)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };

        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        Execute(connection, null, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {UserVersion};");

        using var tx = connection.BeginTransaction();
        Execute(connection, tx, Schema);
        InsertReferenceSystems(connection, tx);

        foreach (var layer in layers)
        {
            CreateFeatureTable(connection, tx, layer);
            InsertFeatures(connection, tx, layer);
            Register(connection, tx, layer);
        }

        tx.Commit();
    }

    private static void InsertReferenceSystems(SqliteConnection connection, SqliteTransaction tx)
    {
        // The standard requires the two undefined systems beside any real one.
        (string Name, int Id, string Organization, string Definition, string Description)[] systems =
        [
            ("Undefined cartesian SRS", -1, "NONE", "undefined", "undefined cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", "undefined", "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", StoreLayerReader.Wgs84, "EPSG", Wgs84Definition,
                "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
        ];

        using var cmd = Command(
            connection, tx,
            """
            INSERT INTO gpkg_spatial_ref_sys
                (srs_name, srs_id, organization, organization_coordsys_id, definition, description)
            VALUES ($name, $id, $org, $id, $definition, $description)
            """);

        foreach (var system in systems)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$name", system.Name);
            cmd.Parameters.AddWithValue("$id", system.Id);
            cmd.Parameters.AddWithValue("$org", system.Organization);
            cmd.Parameters.AddWithValue("$definition", system.Definition);
            cmd.Parameters.AddWithValue("$description", system.Description);
            cmd.ExecuteNonQuery();
        }
    }

    private static void CreateFeatureTable(SqliteConnection connection, SqliteTransaction tx, GisLayer layer)
    {
        var columns = layer.Fields.Select(f => $"{Quote(f.Name)} {f.SqlType}");
        var sql = $"CREATE TABLE {Quote(layer.Name)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
            + $"{GeometryColumn} {layer.GeometryType}, {string.Join(", ", columns)})";

        Execute(connection, tx, sql);
    }

    private static void InsertFeatures(SqliteConnection connection, SqliteTransaction tx, GisLayer layer)
    {
        var names = layer.Fields.Select(f => Quote(f.Name));
        var values = layer.Fields.Select((_, i) => $"$p{i}");
        using var cmd = Command(
            connection, tx,
            $"INSERT INTO {Quote(layer.Name)} ({GeometryColumn}, {string.Join(", ", names)}) "
            + $"VALUES ($geom, {string.Join(", ", values)})");

        foreach (var feature in layer.Features)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$geom", GeoPackageGeometry.Encode(feature.Geometry, StoreLayerReader.Wgs84));

            for (var i = 0; i < layer.Fields.Count; i++)
            {
                cmd.Parameters.AddWithValue($"$p{i}", feature.Attributes[layer.Fields[i].Name] ?? DBNull.Value);
            }

            cmd.ExecuteNonQuery();
        }
    }

    private static void Register(SqliteConnection connection, SqliteTransaction tx, GisLayer layer)
    {
        var extent = new Envelope();

        foreach (var feature in layer.Features)
        {
            extent.ExpandToInclude(feature.Geometry.EnvelopeInternal);
        }

        using var contents = Command(
            connection, tx,
            """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change,
                min_x, min_y, max_x, max_y, srs_id)
            VALUES ($table, 'features', $table, $description, $now, $minx, $miny, $maxx, $maxy, $srs)
            """);

        contents.Parameters.AddWithValue("$table", layer.Name);
        contents.Parameters.AddWithValue("$description", layer.Description);
        contents.Parameters.AddWithValue("$now", Now());
        contents.Parameters.AddWithValue("$minx", extent.IsNull ? DBNull.Value : extent.MinX);
        contents.Parameters.AddWithValue("$miny", extent.IsNull ? DBNull.Value : extent.MinY);
        contents.Parameters.AddWithValue("$maxx", extent.IsNull ? DBNull.Value : extent.MaxX);
        contents.Parameters.AddWithValue("$maxy", extent.IsNull ? DBNull.Value : extent.MaxY);
        contents.Parameters.AddWithValue("$srs", StoreLayerReader.Wgs84);
        contents.ExecuteNonQuery();

        using var geometry = Command(
            connection, tx,
            """
            INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
            VALUES ($table, $column, $type, $srs, 0, 0)
            """);

        geometry.Parameters.AddWithValue("$table", layer.Name);
        geometry.Parameters.AddWithValue("$column", GeometryColumn);
        geometry.Parameters.AddWithValue("$type", layer.GeometryType);
        geometry.Parameters.AddWithValue("$srs", StoreLayerReader.Wgs84);
        geometry.ExecuteNonQuery();
    }

    private static string Now() =>
        DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        using var cmd = Command(connection, tx, sql);
        cmd.ExecuteNonQuery();
    }
}
