using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Plugins;
using AlienFish.Core.Prediction;
using AlienFish.Core.Storage;
using AlienFish.Core.Training;

namespace AlienFish.Core.Reporting;

/// <summary>
/// Gathers what the report shows: the model's predictions for every survey of the store's
/// latest match run next to the observed densities, its latent map and response curves,
/// the match run's distances and the reaches and stations with their coordinates.
/// </summary>
public sealed class ReportCollector
{
    /// <summary>Points on each response curve, as <c>fishdens explain</c> uses by default.</summary>
    public const int CurveSteps = 20;

    private readonly FishdensStore _store;
    private readonly PluginCatalog _catalog;

    public ReportCollector(FishdensStore store, PluginCatalog catalog)
    {
        _store = store;
        _catalog = catalog;
    }

    public ReportData Collect(string modelPath)
    {
        var (manifest, model) = new Predictor(_catalog).Load(modelPath);

        using (model)
        {
            return Collect(modelPath, manifest, model);
        }
    }

    private ReportData Collect(string modelPath, ModelManifest manifest, ITrainedModel model)
    {
        var run = _store.RequireLatestMatchRun();

        if (run.Matched == 0)
        {
            throw new PipelineException(
                $"match run {run.Id} in {_store.Path} matched no survey, so there is nothing to report; "
                + "'fishdens match' lists why each survey went unmatched",
                ExitCodes.NothingToDo);
        }

        var input = Predictor.FromStore(_store, manifest.Features, manifest.Targets);
        var rows = Predictor.Predict(manifest, model, input);
        var species = manifest.Targets.Count;
        var predicted = input.Surveys
            .Select((_, i) => Enumerable.Range(0, species).Select(t => rows[(i * species) + t].Density).ToArray())
            .ToArray();
        var labels = input.Surveys.Select((s, i) => Label(input.ReachNames[i], s)).ToList();
        var matches = _store.LoadMatches(run.Id);

        return new ReportData(
            manifest,
            modelPath,
            run,
            input.Surveys.Count,
            Fits(manifest, input, predicted, labels),
            Latent(model, manifest, input, labels, out var note),
            note,
            ResponseCurves.Compute(model, input.Features, CurveSteps),
            matches.Select(m => m.DistanceMetres).ToList(),
            Unmatched(run.Id),
            Reaches(input.Surveys, predicted, species),
            Stations(matches),
            DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
    }

    private static List<SpeciesFit> Fits(
        ModelManifest manifest, PredictionInput input, double[][] predicted, IReadOnlyList<string> labels) =>
        manifest.Targets
            .Select((target, t) => new SpeciesFit(
                target,
                input.Observed
                    .Select((observed, i) => (observed, i))
                    .Where(x => x.observed?[t] is not null)
                    .Select(x => new FitPoint(labels[x.i], x.observed![t]!.Value, predicted[x.i][t]))
                    .ToList()))
            .ToList();

    private static LatentView? Latent(
        ITrainedModel model, ModelManifest manifest, PredictionInput input, IReadOnlyList<string> labels,
        out string? note)
    {
        if (model is not ILatentModel latent)
        {
            note = $"The {manifest.Plugin} model has no encoder, so it has no latent space to map; "
                + "autoencoder, sae and dae models have one.";
            return null;
        }

        if (latent.LatentSize < 2)
        {
            note = $"The {manifest.Plugin} model's latent code has {latent.LatentSize} dimension, too few for a map.";
            return null;
        }

        note = null;
        var codes = latent.Encode(input.Features);
        var description = $"the 2-D latent code of the {manifest.Plugin} model";

        if (latent.LatentSize > 2)
        {
            codes = PrincipalComponents.Scores(PrincipalComponents.Standardise(codes), 2);
            description = $"the first two principal components of the standardised {latent.LatentSize}-D latent "
                + $"code of the {manifest.Plugin} model (a model trained with a 2-D code is mapped as it is)";
        }

        var observed = input.Observed.Select(o => o ?? new double?[manifest.Targets.Count]).ToList();
        return new LatentView(description, codes, labels, observed);
    }

    private List<UnmatchedReason> Unmatched(long runId) =>
        _store.LoadUnmatched(runId)
            .GroupBy(u => u.Reason, StringComparer.Ordinal)
            .Select(g => new UnmatchedReason(g.Key, g.Count()))
            .OrderByDescending(r => r.Surveys)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)
            .ToList();

    /// <summary>Reaches with coordinates, each with the mean prediction over its surveys.</summary>
    private List<ReachDensity> Reaches(IReadOnlyList<SurveyKey> surveys, double[][] predicted, int species)
    {
        var reaches = _store.LoadSurveys()
            .Select(s => s.Reach)
            .DistinctBy(r => (r.Network, r.Code))
            .ToDictionary(r => (r.Network, r.Code));

        return surveys
            .Select((survey, i) => (survey, i))
            .GroupBy(x => (x.survey.Network, x.survey.ReachCode))
            .Where(g => reaches.TryGetValue(g.Key, out var reach) && reach.Location is not null)
            .Select(g =>
            {
                var reach = reaches[g.Key];
                var means = Enumerable.Range(0, species).Select(t => g.Average(x => predicted[x.i][t])).ToList();
                return new ReachDensity(reach.Code, reach.Name, reach.Location!.Value, g.Count(), means);
            })
            .ToList();
    }

    private List<MapStation> Stations(IReadOnlyList<MatchedSurvey> matches)
    {
        var used = matches.Select(m => m.StationCode).ToHashSet(StringComparer.Ordinal);

        return _store.LoadStations()
            .Where(s => s.Location is not null)
            .Select(s => new MapStation(s.Code, s.Name, s.Location!.Value, used.Contains(s.Code)))
            .ToList();
    }

    private static string Label(string reachName, SurveyKey survey) =>
        reachName == survey.ReachCode
            ? $"{survey.ReachCode} {survey.Year} round {survey.Round}"
            : $"{reachName} ({survey.ReachCode}) {survey.Year} round {survey.Round}";
}
