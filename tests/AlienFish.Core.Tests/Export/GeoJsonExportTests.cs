using System.Text.Json;
using AlienFish.Core.Export;
using AlienFish.Testing;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace AlienFish.Core.Tests.Export;

public sealed class GeoJsonExportTests
{
    private const double Tolerance = 1e-9;

    private static readonly JsonSerializerOptions Reader = new()
    {
        Converters = { new GeoJsonConverterFactory() },
    };

    [Fact]
    public void Should_write_one_file_per_layer_and_count_places_without_coordinates()
    {
        // Given the seeded store
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));
        var folder = temp.File("gis");

        // When every layer is exported as GeoJSON into a folder not yet there
        var summaries = new GisExporter(store).Export(ExportFormat.GeoJson, folder, ExportLayers.All);

        // Then each layer has its file, and R2 (no coordinates) is counted as skipped
        Assert.Equal(
            [
                new LayerSummary("reaches", 1, 1, Path.Combine(folder, "reaches.geojson")),
                new LayerSummary("stations", 2, 0, Path.Combine(folder, "stations.geojson")),
                new LayerSummary("matches", 1, 1, Path.Combine(folder, "matches.geojson")),
                new LayerSummary("predictions", 2, 1, Path.Combine(folder, "predictions.geojson")),
                new LayerSummary("occurrences", 1, 1, Path.Combine(folder, "occurrences.geojson")),
            ],
            summaries);
        Assert.Equal(5, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public void Should_write_reaches_as_points_in_longitude_latitude_order_with_their_basin()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));

        new GisExporter(store).Export(ExportFormat.GeoJson, temp.Path, [ExportLayers.Reaches]);
        var text = File.ReadAllText(temp.File("reaches.geojson"));
        var feature = Assert.Single(Read(text));

        var point = Assert.IsType<Point>(feature.Geometry);
        Assert.Equal(127.38, point.X, Tolerance);
        Assert.Equal(36.35, point.Y, Tolerance);
        Assert.Contains("\"coordinates\":[127.38,36.35]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"crs\"", text, StringComparison.Ordinal);

        Assert.Equal(
            ["network", "code", "name", "basin", "water_system", "mid_basin", "river"],
            feature.Attributes.GetNames());
        Assert.Equal("bio-fish", feature.Attributes["network"]);
        Assert.Equal("R1", feature.Attributes["code"]);
        Assert.Equal("갑천1", feature.Attributes["name"]);
        Assert.Equal("금강", feature.Attributes["basin"]);
        Assert.Equal("갑천", feature.Attributes["mid_basin"]);
        Assert.Contains("\"name\":\"갑천1\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_both_stations_with_network_code_and_name()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));

        new GisExporter(store).Export(ExportFormat.GeoJson, temp.Path, [ExportLayers.Stations]);
        var features = Read(File.ReadAllText(temp.File("stations.geojson")));

        Assert.Equal(["S1", "S2"], features.Select(f => f.Attributes["code"]));
        Assert.Equal(["갑천A", "미호천B"], features.Select(f => f.Attributes["name"]));
        Assert.All(features, f => Assert.Equal("wq", f.Attributes["network"]));

        var s2 = Assert.IsType<Point>(features[1].Geometry);
        Assert.Equal(ExportFixture.StationS2.Longitude, s2.X, Tolerance);
        Assert.Equal(ExportFixture.StationS2.Latitude, s2.Y, Tolerance);
    }

    [Fact]
    public void Should_draw_each_match_of_the_latest_run_from_the_reach_to_its_station()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));

        new GisExporter(store).Export(ExportFormat.GeoJson, temp.Path, [ExportLayers.Matches]);
        var feature = Assert.Single(Read(File.ReadAllText(temp.File("matches.geojson"))));

        var line = Assert.IsType<LineString>(feature.Geometry);
        Assert.Equal(2, line.NumPoints);
        Assert.Equal(new Coordinate(127.38, 36.35), line.GetCoordinateN(0));
        Assert.Equal(new Coordinate(127.40, 36.36), line.GetCoordinateN(1));

        Assert.Equal("R1", feature.Attributes["reach"]);
        Assert.Equal("S1", feature.Attributes["station"]);
        Assert.Equal(2020, Number(feature, "year"));
        Assert.Equal(1, Number(feature, "round"));
        Assert.Equal(1500.5, Number(feature, "distance_m"), Tolerance);
    }

    [Fact]
    public void Should_place_the_latest_models_predictions_at_their_reach()
    {
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));

        new GisExporter(store).Export(ExportFormat.GeoJson, temp.Path, [ExportLayers.Predictions]);
        var features = Read(File.ReadAllText(temp.File("predictions.geojson")));

        Assert.Equal(
            ["lepomis_macrochirus", "micropterus_salmoides"], features.Select(f => f.Attributes["species"]));
        Assert.Equal(0.12, Number(features[0], "density"), Tolerance);
        Assert.Equal(0.05, Number(features[1], "density"), Tolerance);
        Assert.All(features, f => Assert.Equal("R1", f.Attributes["reach"]));
        Assert.All(features, f => Assert.Equal(new Coordinate(127.38, 36.35), f.Geometry.Coordinate));
    }

    [Fact]
    public void Should_place_each_sighting_with_its_species_and_leave_out_the_unplaced()
    {
        // Given the seeded store with one placed and one unplaced bluegill sighting
        using var temp = new TempFolder();
        using var store = ExportFixture.Seed(temp.File("s.db"));

        // When the occurrences layer is exported
        new GisExporter(store).Export(ExportFormat.GeoJson, temp.File("gis"), [ExportLayers.Occurrences]);

        // Then the placed one is a point with every field, the species named as the store has it
        var feature = Assert.Single(Read(File.ReadAllText(temp.File("gis/occurrences.geojson"))));

        Assert.Equal(new Coordinate(127.35, 36.40), feature.Geometry.Coordinate);
        Assert.Equal(
            ["O1", "Lepomis macrochirus", "블루길", "Invasive", "2020", "2020-05-12", "3", "대전광역시"],
            feature.Attributes.GetNames().Select(name => Convert.ToString(
                feature.Attributes[name], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Should_write_empty_collections_for_a_store_without_match_runs_or_predictions()
    {
        using var temp = new TempFolder();
        using var store = AlienFish.Core.Storage.FishdensStore.Open(temp.File("empty.db"));

        var summaries = new GisExporter(store)
            .Export(ExportFormat.GeoJson, temp.File("gis"), [ExportLayers.Matches, ExportLayers.Predictions]);

        Assert.All(summaries, s => Assert.Equal((0, 0), (s.Written, s.Skipped)));
        Assert.Empty(Read(File.ReadAllText(temp.File("gis/matches.geojson"))));
    }

    private static List<IFeature> Read(string json) =>
        [.. JsonSerializer.Deserialize<FeatureCollection>(json, Reader)!];

    private static double Number(IFeature feature, string name) =>
        Convert.ToDouble(feature.Attributes[name], System.Globalization.CultureInfo.InvariantCulture);
}
