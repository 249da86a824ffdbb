using AlienFish.Abstractions;
using AlienFish.Core.Storage;
using AlienFish.Core.Training;
using AlienFish.Testing;

namespace AlienFish.Core.Tests;

public sealed class TrainingTableBuilderTests
{
    private static readonly Species Bluegill =
        new("Lepomis macrochirus", "Lepomis macrochirus", "블루길", SpeciesStatus.Invasive);
    private static readonly Species Cuvieri = new("Carassius cuvieri", "Carassius cuvieri", "떡붕어", SpeciesStatus.Alien);
    private static readonly Species Zacco = new("Zacco platypus", "Zacco platypus", "피라미", SpeciesStatus.Native);

    [Fact]
    public void Should_turn_counts_and_area_into_densities_with_zero_for_species_not_caught()
    {
        // Given three surveys: 10 bluegill over 200 m², nothing alien over 400 m², and one with no area
        using var temp = new TempFolder();
        using var store = Seed(temp);

        // When the table is built from the match run
        var table = new TrainingTableBuilder(store).Build(store.LatestMatchRun()!.Id);

        // Then densities are count / area, invasive species first, natives left out
        Assert.Equal(["Lepomis macrochirus", "Carassius cuvieri"], table.Targets.Select(t => t.Key));
        var a = table.Rows.Single(r => r.Survey.ReachCode == "A");
        var b = table.Rows.Single(r => r.Survey.ReachCode == "B");
        Assert.Equal([10.0 / 200, 3.0 / 200], a.Densities);
        Assert.Equal([0.0, 0.0], b.Densities);
        Assert.Equal(2, table.Trainable.Count);
    }

    [Fact]
    public void Should_list_a_survey_without_area_as_excluded_with_the_reason()
    {
        using var temp = new TempFolder();
        using var store = Seed(temp);

        var table = new TrainingTableBuilder(store).Build(store.LatestMatchRun()!.Id);

        var (survey, reason) = Assert.Single(table.Excluded);
        Assert.Equal("C", survey.ReachCode);
        Assert.Equal("the survey has no surveyed area (조사면적), so no density", reason);
        Assert.All(table.Rows.Single(r => r.Survey.ReachCode == "C").Densities, d => Assert.Null(d));
    }

    [Fact]
    public void Should_keep_features_in_catalogue_order_and_drop_rare_variables()
    {
        using var temp = new TempFolder();
        using var store = Seed(temp);

        var table = new TrainingTableBuilder(store).Build(store.LatestMatchRun()!.Id);

        // DO and TP are in every survey, TOC in one of three (under half): dropped.
        Assert.Equal(["DO", "TP"], table.FeatureNames);
        Assert.Equal(["TOC"], table.DroppedFeatures);
        Assert.Equal([9.5, 0.05], table.Rows.Single(r => r.Survey.ReachCode == "A").Features);
    }

    [Fact]
    public void Should_put_targets_on_the_log1p_scale_for_the_model()
    {
        using var temp = new TempFolder();
        using var store = Seed(temp);
        var table = new TrainingTableBuilder(store).Build(store.LatestMatchRun()!.Id);

        var data = table.ToTrainingData(seed: 7);

        Assert.Equal(7, data.Seed);
        Assert.Equal(Math.Log(1 + 0.05), data.Targets[0][0], 12);
        Assert.Equal(0.05, TrainingTable.FromTarget(data.Targets[0][0]), 12);
    }

    private static FishdensStore Seed(TempFolder temp)
    {
        var store = FishdensStore.Open(temp.File("s.db"));
        var batch = new SourceBatch("test");
        var origin = new SourceLocation("t.xls", null, 1, null);

        foreach (var (code, area) in new[] { ("A", (double?)200), ("B", 400), ("C", null) })
        {
            var key = new SurveyKey("bio-fish", code, 2016, 1);
            batch.Reaches.Add(new SurveyReach("bio-fish", code, "reach " + code, new GeoPoint(36, 127)));
            batch.Surveys.Add(new FishSurvey(key, new DateOnly(2016, 5, 1), 60, "투망", area, origin));
        }

        var a = new SurveyKey("bio-fish", "A", 2016, 1);
        batch.Counts.Add(new SpeciesCount(a, Bluegill, 10, origin));
        batch.Counts.Add(new SpeciesCount(a, Cuvieri, 3, origin));
        batch.Counts.Add(new SpeciesCount(new SurveyKey("bio-fish", "B", 2016, 1), Zacco, 40, origin));
        store.StoreBatch(new RawFile("t.xls", "/t.xls", new byte[] { 1 }), "sha", "test", batch);

        var station = new Station("wq", "S1", "station", new GeoPoint(36, 127));
        var matches = new[] { "A", "B", "C" }.Select(code => new SurveyMatch(
            new SurveyKey("bio-fish", code, 2016, 1), station, 100,
            code == "A"
                ? new Dictionary<string, VariableSummary>
                {
                    ["DO"] = new(9.5, 2, 0),
                    ["TP"] = new(0.05, 2, 0),
                    ["TOC"] = new(2, 1, 0),
                }
                : new Dictionary<string, VariableSummary> { ["DO"] = new(8, 2, 0), ["TP"] = new(0.1, 2, 1) }));

        store.SaveMatchRun("test", PluginSettings.Empty, new MatchResult(matches.ToList(), [], []));
        return store;
    }
}
