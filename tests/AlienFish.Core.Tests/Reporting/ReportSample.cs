using AlienFish.Abstractions;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Reporting;
using AlienFish.Core.Storage;
using AlienFish.Core.Training;

namespace AlienFish.Core.Tests.Reporting;

/// <summary>
/// Report data made up from a seeded random survey table: three species, some surveys without
/// a density of the third, reaches around Daejeon, two stations far outside their extent,
/// and one reach whose name tries to open a script.
/// </summary>
internal sealed class ReportSample
{
    public const string HostileName = "<script>alert(\"x\")</script> & 'friends'";

    public static readonly ModelTarget[] Targets =
    [
        new("Lepomis macrochirus", "Lepomis macrochirus", "블루길", "Invasive"),
        new("Micropterus salmoides", "Micropterus salmoides", "큰입배스", "Invasive"),
        new("Carassius cuvieri", "Carassius cuvieri", "떡붕어<b>", "Alien"),
    ];

    public static readonly string[] Features = ["DO", "TP"];

    public ReportSample(int surveys = 40, int seed = 7)
    {
        var random = new Random(seed);

        for (var i = 0; i < surveys; i++)
        {
            var reach = i % 12;
            var observed = Targets
                .Select((_, t) => t == 2 && i % 4 == 0 ? (double?)null : Density(random))
                .ToArray();

            Surveys.Add(new SurveyRow(
                reach == 5 ? HostileName : $"갑천{reach}", $"R{reach}", 2016 + (i % 2), 1 + (i % 3 % 2),
                observed, Targets.Select(_ => random.NextDouble() * 0.004).ToArray(),
                new GeoPoint(36.2 + (reach * 0.03), 127.3 + (reach % 5 * 0.04)),
                500 + (random.NextDouble() * 4400)));
        }

        Distances = Surveys.Select(s => s.Distance).Concat([0, 1000, 2000]).ToList();
    }

    public List<SurveyRow> Surveys { get; } = [];

    /// <summary>Every matched survey's distance, plus three that fall exactly on bar edges.</summary>
    public List<double> Distances { get; }

    public ReportData Data(LatentView? latent = null, CrossValidationSummary? cv = null) => new(
        Manifest(cv),
        "/models/test-model.zip",
        new MatchRun(3, "nearest", "{\"max-distance-km\":\"5\"}", "2024-05-01T10:00:00Z", Distances.Count, 2),
        Surveys.Count,
        Fits(),
        latent,
        latent is null ? "The mean model has no encoder, so it has no latent space to map." : null,
        Curves(),
        Distances,
        [new UnmatchedReason("nearest station S9 is 8.1 km away, beyond the 5 km limit", 2)],
        Reaches(),
        [
            new MapStation("S1", "갑천A", new GeoPoint(36.25, 127.35), true),
            new MapStation("S2", "대청B", new GeoPoint(36.40, 127.42), false),
            new MapStation("S8", "섬진C", new GeoPoint(35.10, 127.60), false),
            new MapStation("S9", "한강D", new GeoPoint(37.55, 127.00), false),
        ],
        "2024-05-02 09:00 +09:00");

    public LatentView Latent() => new(
        "the 2-D latent code of the autoencoder model",
        Surveys.Select((_, i) => new[] { Math.Sin(i), Math.Cos(i * 0.7) }).ToArray(),
        Surveys.Select(s => s.Label).ToList(),
        Surveys.Select(s => s.Observed).ToList());

    /// <summary>Reaches in the sample that have a survey, each once.</summary>
    public int ReachCount => Surveys.Select(s => s.Code).Distinct().Count();

    private static double? Density(Random random) => random.NextDouble() < 0.6 ? 0 : random.NextDouble() * 0.01;

    private static ModelManifest Manifest(CrossValidationSummary? cv) => new()
    {
        Plugin = "autoencoder",
        PluginVersion = "1",
        Features = Features,
        Targets = Targets,
        TrainingRows = 30,
        TrainingDataSha256 = "0000",
        Settings = new Dictionary<string, string>(),
        Seed = 42,
        CrossValidation = cv,
        CreatedAt = "2024-05-01T11:00:00Z",
        FishdensVersion = "0.1.0",
    };

    private List<SpeciesFit> Fits() =>
        Targets.Select((target, t) => new SpeciesFit(
            target,
            Surveys.Where(s => s.Observed[t] is not null)
                .Select(s => new FitPoint(s.Label, s.Observed[t]!.Value, s.Predicted[t]))
                .ToList()))
            .ToList();

    private static List<ResponsePoint> Curves() =>
        [
            .. from variable in Features
               from step in Enumerable.Range(0, 5)
               from target in Targets
               select new ResponsePoint(variable, step * 0.5, target.Key, 0.001 * step * (variable == "DO" ? 1 : 2)),
        ];

    private List<ReachDensity> Reaches() =>
        Surveys.GroupBy(s => s.Code)
            .Select(g => new ReachDensity(
                g.Key, g.First().Name, g.First().Location, g.Count(),
                Targets.Select((_, t) => g.Average(s => s.Predicted[t])).ToList()))
            .ToList();

    /// <summary>One made-up survey.</summary>
    public sealed record SurveyRow(
        string Name, string Code, int Year, int Round, double?[] Observed, double[] Predicted, GeoPoint Location,
        double Distance)
    {
        public string Label => $"{Name} ({Code}) {Year} round {Round}";
    }
}
