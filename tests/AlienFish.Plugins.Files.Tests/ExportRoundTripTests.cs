using System.Security.Cryptography;
using AlienFish.Abstractions;
using AlienFish.Core.Export;
using AlienFish.Core.Storage;
using AlienFish.Testing;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// What <c>fishdens export</c> writes imports back: real station lists and the sample 현지조사
/// sheet are stored, exported as GeoJSON and as a GeoPackage, and each export read again.
/// </summary>
public sealed class ExportRoundTripTests
{
    [Theory]
    [InlineData(ExportFormat.GeoJson)]
    [InlineData(ExportFormat.GeoPackage)]
    public void Should_read_its_own_export_back_to_the_same_stations_and_reaches(ExportFormat format)
    {
        // Given a store with the automatic and algae-alert stations and the 2016 reaches
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("store.db"));
        var survey = SampleFiles.Fish("어류_현지조사_2016.xls");
        var reaches = SampleFiles.Read(survey).Reaches;

        Assert.NotEmpty(reaches);

        Store(store, TestData.Load(TestData.AutoPoints));
        Store(store, TestData.Load(TestData.AlgaePoints));
        Store(store, survey);

        // When they are exported and the export is read by the files source
        var path = temp.File(format == ExportFormat.GeoJson ? "layers" : "layers.gpkg");
        new GisExporter(store).Export(format, path, ExportLayers.All);

        var batches = format == ExportFormat.GeoJson
            ? [Read(Path.Combine(path, "stations.geojson")), Read(Path.Combine(path, "reaches.geojson"))]
            : new[] { Read(path) };

        // Then the same stations and reaches come back, positions to the last bit
        Assert.Equal(167, store.LoadStations().Count);
        Assert.Equal(store.LoadStations(), batches.SelectMany(b => b.Stations).Select(s => s with { Origin = null }));
        Assert.Equal(
            reaches.Select(r => r with { Origin = null }).OrderBy(r => r.Code, StringComparer.Ordinal),
            batches.SelectMany(b => b.Reaches).Select(r => r with { Origin = null }));
        Assert.Equal(
            format == ExportFormat.GeoJson
                ? []
                : [PassedOver(path, "matches"), PassedOver(path, "predictions")],
            batches.SelectMany(b => b.Diagnostics).Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(ExportFormat.GeoJson)]
    [InlineData(ExportFormat.GeoPackage)]
    public void Should_read_its_own_export_of_sightings_back_to_the_same_occurrences(ExportFormat format)
    {
        // Given a store with the real alien-fish sightings
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("store.db"));
        var sightings = SampleFiles.Read(TestData.Load(TestData.AlienSightings)).Occurrences;

        Store(store, TestData.Load(TestData.AlienSightings));

        // When they are exported and the occurrences layer is read by the files source
        var path = temp.File(format == ExportFormat.GeoJson ? "layers" : "layers.gpkg");
        new GisExporter(store).Export(format, path, [ExportLayers.Occurrences]);

        var batch = Read(format == ExportFormat.GeoJson ? Path.Combine(path, "occurrences.geojson") : path);

        // Then the same 251 sightings come back, with their keys, species, years and positions
        static object Fields(Occurrence o) => (o.Key, o.Species.Key, o.Year, o.Date, o.Location, o.Count, o.Region);

        Assert.Equal(251, batch.Occurrences.Count);
        Assert.Equal(
            sightings.Select(Fields).OrderBy(f => f.ToString(), StringComparer.Ordinal),
            batch.Occurrences.Select(Fields).OrderBy(f => f.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void Should_refuse_an_exported_layer_that_holds_no_places()
    {
        // Given the predictions layer of a GeoJSON export, which has no code property
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("store.db"));
        var folder = temp.File("layers");

        new GisExporter(store).Export(ExportFormat.GeoJson, folder, [ExportLayers.Predictions]);

        // When it is read
        var error = Assert.Throws<SourceFormatException>(
            () => Read(Path.Combine(folder, "predictions.geojson")));

        // Then the message says what the file lacks
        Assert.StartsWith(
            "predictions.geojson is GeoJSON but no layer of it has a station or reach code", error.Message);
    }

    private static string PassedOver(string path, string layer) =>
        $"info files.layer-skipped: {Path.GetFileName(path)}: the layer '{layer}' has no station or reach "
        + "code property, so it was not read";

    private static void Store(FishdensStore store, RawFile file)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(file.Content.Span));

        store.StoreBatch(file, sha, "files", SampleFiles.Read(file));
    }

    private static SourceBatch Read(string path) =>
        SampleFiles.Read(new RawFile(Path.GetFileName(path), path, File.ReadAllBytes(path)));
}
