using AlienFish.Abstractions;
using AlienFish.Core.Storage;

namespace AlienFish.Core.Tests.Export;

/// <summary>
/// A store on the Gap stream with two reaches (R2 without coordinates), two stations, an older
/// and a newer match run and an older and a newer model's predictions: exports must take the
/// newer of each and leave R2 out. A bluegill sighting at the Gap stream and an unplaced bass
/// sighting fill the occurrences layer.
/// </summary>
internal static class ExportFixture
{
    public static readonly GeoPoint ReachR1 = new(36.35, 127.38);
    public static readonly GeoPoint StationS1 = new(36.36, 127.40);
    public static readonly GeoPoint StationS2 = new(36.60, 127.30);
    public static readonly GeoPoint SightingO1 = new(36.40, 127.35);

    public static readonly Species Bluegill =
        new("Lepomis macrochirus", "Lepomis macrochirus", "블루길", SpeciesStatus.Invasive);

    public static FishdensStore Seed(string path)
    {
        var store = FishdensStore.Open(path);
        var batch = new SourceBatch("test");
        batch.Reaches.Add(new SurveyReach(Networks.BioFish, "R1", "갑천1", ReachR1)
        {
            Basin = "금강",
            WaterSystem = "금강",
            MidBasin = "갑천",
            River = "갑천",
        });

        batch.Reaches.Add(new SurveyReach(Networks.BioFish, "R2", "미호천2", null) { Basin = "금강" });
        batch.Stations.Add(new Station(Networks.WaterQuality, "S1", "갑천A", StationS1));
        batch.Stations.Add(new Station(Networks.WaterQuality, "S2", "미호천B", StationS2));

        var sighting = new SourceLocation("sightings.csv", null, 2, "학명");
        batch.Occurrences.Add(new Occurrence("O1", Bluegill, 2020, new DateOnly(2020, 5, 12), SightingO1, 3, sighting)
        {
            Region = "대전광역시",
        });
        batch.Occurrences.Add(new Occurrence("O2", Bluegill, 2017, null, null, null, sighting with { Row = 3 }));
        store.StoreBatch(new RawFile("seed.txt", "/tmp/seed.txt", new byte[] { 1 }), "sha-seed", "test", batch);

        var r1 = new SurveyKey(Networks.BioFish, "R1", 2020, 1);
        var r2 = new SurveyKey(Networks.BioFish, "R2", 2020, 1);
        SaveRun(store, (r1, batch.Stations[1], 26_000));
        SaveRun(store, (r1, batch.Stations[0], 1500.5), (r2, batch.Stations[1], 800));

        var older = store.SaveModel("autoencoder", "1.0", "/tmp/old.zip", "sha-old", null, "old");
        store.SavePredictions(older, [new PredictedDensity(r1, "lepomis_macrochirus", 9.9)]);

        var newer = store.SaveModel("autoencoder", "1.0", "/tmp/new.zip", "sha-new", null, "new");
        store.SavePredictions(newer,
        [
            new PredictedDensity(r1, "lepomis_macrochirus", 0.12),
            new PredictedDensity(r1, "micropterus_salmoides", 0.05),
            new PredictedDensity(r2, "lepomis_macrochirus", 0.3),
        ]);

        return store;
    }

    private static void SaveRun(
        FishdensStore store, params (SurveyKey Survey, Station Station, double Metres)[] matches)
    {
        var rows = matches
            .Select(m => new SurveyMatch(m.Survey, m.Station, m.Metres, new Dictionary<string, VariableSummary>()))
            .ToList();

        store.SaveMatchRun("nearest", PluginSettings.Empty, new MatchResult(rows, [], []));
    }
}
