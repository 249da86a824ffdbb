using System.Collections.Concurrent;
using AlienFish.Testing;

namespace AlienFish.Replicas.Portal.Data;

/// <summary>
/// Everything the replica can serve, read once per sample folder. Only 금강 data exists,
/// so the other 대권역 of the portal's tree are listed but hold no sites; tests that need
/// two basins use two 중권역 of 금강.
/// </summary>
internal sealed class ReplicaData
{
    public const string SpeciesSheet = "출현생물";

    public const string SurveySheet = "현지조사";

    public static readonly IReadOnlyList<string> Basins = ["한강", "낙동강", "금강", "영산강·섬진강"];

    private static readonly ConcurrentDictionary<string, Lazy<ReplicaData>> Cache = new();

    private ReplicaData(FishSheet species, FishSheet surveys, WaterQualityTable water, MidBasinNames mids)
    {
        Species = species;
        Surveys = surveys;
        Water = water;
        FishSites = surveys.Rows
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .Select(g => FishSite(g.First(), mids))
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
        Stations = water.Rows
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .Select(g => new ReplicaSite(g.Key, g.First().Name, "금강", mids.Of(g.Key)))
            .OrderBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
    }

    public FishSheet Species { get; }

    public FishSheet Surveys { get; }

    public WaterQualityTable Water { get; }

    public IReadOnlyList<ReplicaSite> FishSites { get; }

    public IReadOnlyList<ReplicaSite> Stations { get; }

    public static ReplicaData For(string? sampleFolder)
    {
        var folder = Path.GetFullPath(sampleFolder ?? Path.Combine(RepoPaths.Samples, "geum"));

        return Cache.GetOrAdd(folder, f => new Lazy<ReplicaData>(() => Load(f))).Value;
    }

    public static IReadOnlyList<ReplicaSite> InBasin(IEnumerable<ReplicaSite> sites, string basin, string? midBasin) =>
        sites.Where(s => s.Basin == basin && (string.IsNullOrEmpty(midBasin) || s.MidBasin == midBasin)).ToList();

    public static IReadOnlyList<string> MidBasins(IEnumerable<ReplicaSite> sites, string basin) =>
        sites.Where(s => s.Basin == basin).Select(s => s.MidBasin).Distinct().Order(StringComparer.Ordinal).ToList();

    private static ReplicaData Load(string folder)
    {
        var fish = Path.Combine(folder, "fish");
        var species = FishSheet.Load(fish, SpeciesSheet, 1, 0, new SheetColumns(1, 2, 3));
        var surveys = FishSheet.Load(fish, SurveySheet, 3, -1, new SheetColumns(0, 1, 2));
        var water = WaterQualityTable.Load(Path.Combine(folder, "water-quality"));

        var mids = new MidBasinNames();
        mids.LearnFromStationList(Path.Combine(folder, "water-quality", "금강장소(엑셀편집)UTF8.csv"));

        foreach (var row in surveys.Rows)
        {
            mids.Learn(row.Code, CellText.Text(row.Values[6]));
        }

        return new ReplicaData(species, surveys, water, mids);
    }

    /// <summary>현지조사 gives a reach's name and 대권역 in its zero-based columns 3 and 4.</summary>
    private static ReplicaSite FishSite(FishRow row, MidBasinNames mids)
    {
        var basin = CellText.Text(row.Values[4]);

        var name = CellText.Text(row.Values[3]);

        return new ReplicaSite(row.Code, name, basin.Length > 0 ? basin : "금강", mids.Of(row.Code));
    }
}
