using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;
using AlienFish.Core.Export;
using AlienFish.Testing;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace AlienFish.Core.Tests.Export;

public sealed class GeoPackageExportTests
{
    [Fact]
    public void Should_write_all_layers_into_one_file_and_leave_no_temporary_file()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        var file = temp.File("geum.gpkg");

        var summaries = new GisExporter(store).Export(ExportFormat.GeoPackage, file, ExportLayers.All);

        Assert.Equal(
            [("reaches", 1, 1), ("stations", 2, 0), ("matches", 1, 1), ("predictions", 2, 1), ("occurrences", 1, 1)],
            summaries.Select(s => (s.Layer, s.Written, s.Skipped)));
        Assert.All(summaries, s => Assert.Equal(file, s.Path));
        Assert.DoesNotContain(Directory.GetFiles(temp.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_mark_the_file_as_a_geopackage_1_3_with_the_required_reference_systems()
    {
        using var temp = new TempFolder();
        using var connection = Export(temp);

        Assert.Equal(0x47504B47L, Scalar(connection, "PRAGMA application_id"));
        Assert.Equal(10300L, Scalar(connection, "PRAGMA user_version"));
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));

        var systems = Rows(
            connection,
            "SELECT srs_id, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys ORDER BY srs_id");
        Assert.Equal(["-1 NONE -1", "0 NONE 0", "4326 EPSG 4326"], systems);
    }

    [Fact]
    public void Should_list_each_layer_in_gpkg_contents_with_its_bounding_box()
    {
        using var temp = new TempFolder();
        using var connection = Export(temp);

        var contents = Rows(
            connection,
            """
            SELECT table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id
            FROM gpkg_contents ORDER BY table_name
            """);

        Assert.Equal(
            [
                "matches features matches 127.38 36.35 127.4 36.36 4326",
                "occurrences features occurrences 127.35 36.4 127.35 36.4 4326",
                "predictions features predictions 127.38 36.35 127.38 36.35 4326",
                "reaches features reaches 127.38 36.35 127.38 36.35 4326",
                "stations features stations 127.3 36.36 127.4 36.6 4326",
            ],
            contents);

        var columns = Rows(
            connection,
            """
            SELECT table_name, column_name, geometry_type_name, srs_id, z, m
            FROM gpkg_geometry_columns ORDER BY table_name
            """);
        Assert.Equal(
            [
                "matches geom LINESTRING 4326 0 0",
                "occurrences geom POINT 4326 0 0",
                "predictions geom POINT 4326 0 0",
                "reaches geom POINT 4326 0 0",
                "stations geom POINT 4326 0 0",
            ],
            columns);
    }

    [Fact]
    public void Should_store_a_reach_as_geopackage_binary_with_envelope_and_wkb_point()
    {
        using var temp = new TempFolder();
        using var connection = Export(temp);

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT geom, code, name, basin FROM reaches";
        using var reader = cmd.ExecuteReader();
        Assert.True(reader.Read());
        var blob = (byte[])reader.GetValue(0);

        // Header: magic, version 0, flags little-endian with an xy envelope, SRS id
        Assert.Equal((byte)'G', blob[0]);
        Assert.Equal((byte)'P', blob[1]);
        Assert.Equal(0, blob[2]);
        Assert.Equal(0b0000_0011, blob[3]);
        Assert.Equal(4326, BinaryPrimitives.ReadInt32LittleEndian(blob.AsSpan(4)));

        // Envelope as min x, max x, min y, max y
        double[] envelope = [.. Enumerable.Range(0, 4).Select(i => BitConverter.ToDouble(blob, 8 + (8 * i)))];
        Assert.Equal([127.38, 127.38, 36.35, 36.35], envelope);

        var point = Assert.IsType<Point>(new WKBReader().Read(blob[40..]));
        Assert.Equal(new Coordinate(127.38, 36.35), point.Coordinate);
        Assert.Equal(("R1", "갑천1", "금강"), (reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        Assert.False(reader.Read());
    }

    [Fact]
    public void Should_replace_an_existing_geopackage_with_the_layers_asked_for()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        var file = temp.File("out.gpkg");
        var exporter = new GisExporter(store);

        exporter.Export(ExportFormat.GeoPackage, file, ExportLayers.All);
        exporter.Export(ExportFormat.GeoPackage, file, [ExportLayers.Stations]);

        using var connection = OpenReadOnly(file);
        Assert.Equal(["stations"], Rows(connection, "SELECT table_name FROM gpkg_contents"));
        Assert.Equal(2L, Scalar(connection, "SELECT COUNT(*) FROM stations"));
    }

    [OgrinfoFact]
    public void Should_be_read_by_gdal_with_layer_names_counts_geometry_types_and_wgs84()
    {
        // Given an exported GeoPackage
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        var file = temp.File("geum.gpkg");
        new GisExporter(store).Export(ExportFormat.GeoPackage, file, ExportLayers.All);

        // When GDAL summarises every layer
        var (exitCode, output, errors) = Ogrinfo.Run("-ro", "-so", "-al", file);

        // Then it opens it as a GeoPackage without complaint and sees the five layers
        Assert.Equal(0, exitCode);
        Assert.Equal("", errors.Trim());
        Assert.Contains("using driver `GPKG' successful", output, StringComparison.Ordinal);

        var layers = output.Split("Layer name: ")[1..];
        Assert.Equal(
            [
                "reaches Point 1", "stations Point 2", "matches Line String 1", "predictions Point 2",
                "occurrences Point 1",
            ],
            layers.Select(Summary));
        Assert.All(layers, layer => Assert.Matches(Wgs84, layer));
    }

    [OgrinfoFact]
    public void Should_give_gdal_the_reach_point_in_longitude_latitude_order()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        var file = temp.File("geum.gpkg");
        new GisExporter(store).Export(ExportFormat.GeoPackage, file, ExportLayers.All);

        var (exitCode, output, _) = Ogrinfo.Run("-ro", "-q", file, "reaches", "matches");

        Assert.Equal(0, exitCode);
        Assert.Contains("POINT (127.38 36.35)", output, StringComparison.Ordinal);
        Assert.Contains("LINESTRING (127.38 36.35,127.4 36.36)", output, StringComparison.Ordinal);
        Assert.Contains("name (String) = 갑천1", output, StringComparison.Ordinal);
        Assert.Contains("distance_m (Real) = 1500.5", output, StringComparison.Ordinal);
    }

    // GDAL 3 prints WKT2 (ID["EPSG",4326]); GDAL 2 printed WKT1 (AUTHORITY["EPSG","4326"]).
    private static readonly Regex Wgs84 = new(
        """GEOG(CRS|CS)\["WGS 84"[\s\S]*(ID\["EPSG",4326\]|AUTHORITY\["EPSG","4326"\])""");

    private static string Summary(string layer)
    {
        var name = layer[..layer.IndexOf('\n', StringComparison.Ordinal)].Trim();
        var geometry = Regex.Match(layer, @"^Geometry: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        var count = Regex.Match(layer, @"^Feature Count: (\d+)", RegexOptions.Multiline).Groups[1].Value;

        return $"{name} {geometry} {count}";
    }

    private static SqliteConnection Export(TempFolder temp)
    {
        using var store = ExportFixture.Seed(temp.File("s.db"));
        var file = temp.File("geum.gpkg");
        new GisExporter(store).Export(ExportFormat.GeoPackage, file, ExportLayers.All);

        return OpenReadOnly(file);
    }

    private static SqliteConnection OpenReadOnly(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    /// <summary>Each row as its values joined by spaces, numbers in the invariant culture.</summary>
    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();

        while (reader.Read())
        {
            var values = Enumerable.Range(0, reader.FieldCount)
                .Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
            rows.Add(string.Join(" ", values));
        }

        return rows;
    }
}
