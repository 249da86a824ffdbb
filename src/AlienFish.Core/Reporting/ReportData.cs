using AlienFish.Core.Evaluation;
using AlienFish.Core.Storage;
using AlienFish.Core.Training;

namespace AlienFish.Core.Reporting;

/// <summary>
/// Everything the report shows, gathered from a store and a model file by
/// <see cref="ReportCollector"/> and drawn by <see cref="HtmlReport"/>.
/// </summary>
/// <param name="ModelPath">The model file, as the user named it.</param>
/// <param name="Surveys">Matched surveys the model predicted.</param>
/// <param name="Fits">One per species the model predicts, in its order.</param>
/// <param name="Latent">The latent map, or null with <paramref name="LatentNote"/> saying why not.</param>
/// <param name="Curves">Response curves as <see cref="ResponseCurves"/> computes them.</param>
/// <param name="Distances">Metres from each matched survey to the station it got.</param>
/// <param name="CreatedAt">When the report was made, as text.</param>
public sealed record ReportData(
    ModelManifest Manifest,
    string ModelPath,
    MatchRun MatchRun,
    int Surveys,
    IReadOnlyList<SpeciesFit> Fits,
    LatentView? Latent,
    string? LatentNote,
    IReadOnlyList<ResponsePoint> Curves,
    IReadOnlyList<double> Distances,
    IReadOnlyList<UnmatchedReason> Unmatched,
    IReadOnlyList<ReachDensity> Reaches,
    IReadOnlyList<MapStation> Stations,
    string CreatedAt);
