using System.Globalization;
using System.Security.Cryptography;
using AlienFish.Abstractions;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Storage;
using Microsoft.Extensions.Logging;

namespace AlienFish.Core.Training;

/// <summary>Trains a model plugin on the latest match run and writes the model file.</summary>
public sealed class ModelTrainer
{
    private readonly FishdensStore _store;
    private readonly ILogger _logger;

    public ModelTrainer(FishdensStore store, ILogger logger)
    {
        _store = store;
        _logger = logger;
    }

    public TrainOutcome Train(
        IModel model,
        string pluginVersion,
        PluginSettings settings,
        string outPath,
        int seed,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken,
        int crossValidationFolds = 0,
        string device = TrainingData.CpuDevice)
    {
        var run = _store.RequireLatestMatchRun();

        var table = new TrainingTableBuilder(_store).Build(run.Id);
        var trainable = table.Trainable;

        if (table.Targets.Count == 0)
        {
            throw new PipelineException(
                "the store holds no alien or invasive species counts; import a 출현생물 (species) file",
                ExitCodes.NothingToDo);
        }

        if (trainable.Count < 10 || table.FeatureNames.Count == 0)
        {
            throw new PipelineException(
                $"match run {run.Id} gives {trainable.Count} surveys with densities "
                + $"and {table.FeatureNames.Count} variables; "
                + "training needs at least 10 surveys and one variable. "
                + "Import more data or widen the match (--set max-distance-km=...)",
                ExitCodes.NothingToDo);
        }

        _logger.LogInformation(
            "training {Model} on {Rows} surveys, {Features} variables ({Names}), {Targets} species",
            model.Name, trainable.Count, table.FeatureNames.Count,
            string.Join(",", table.FeatureNames), table.Targets.Count);

        var validation = CrossValidate(
            model, table, settings, seed, crossValidationFolds, device, cancellationToken);
        var data = table.ToTrainingData(seed) with { Device = device };
        using var trained = model.Train(data, settings, progress, cancellationToken);
        var fitted = Manifest(model, pluginVersion, settings, seed, run, table, trained.LossHistory);
        var manifest = fitted with { CrossValidation = validation };

        ModelFile.Save(outPath, manifest, trained.Save);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(outPath)));
        var description = $"{model.Name} on {trainable.Count} surveys of match run {run.Id}";
        var id = _store.SaveModel(
            model.Name, pluginVersion, Path.GetFullPath(outPath), sha, run.Id, description);

        return new TrainOutcome(Path.GetFullPath(outPath), id, manifest, table, trained.LossHistory);
    }

    private CrossValidationSummary? CrossValidate(
        IModel model,
        TrainingTable table,
        PluginSettings settings,
        int seed,
        int folds,
        string device,
        CancellationToken token)
    {
        if (folds < 2)
        {
            return null;
        }

        _logger.LogInformation("cross-validating {Model} on {Folds} random folds first", model.Name, folds);
        var scheme = FoldBuilder.Random(table.Trainable.Count, folds, seed);
        var scores = ModelComparison.Run([model], table, [scheme], settings, seed, null, token, device);

        return CrossValidationSummary.From(scheme.Scheme, folds, scores);
    }

    private static ModelManifest Manifest(
        IModel model,
        string pluginVersion,
        PluginSettings settings,
        int seed,
        MatchRun run,
        TrainingTable table,
        IReadOnlyList<double> losses) =>
        new()
        {
            Plugin = model.Name,
            PluginVersion = pluginVersion,
            Features = table.FeatureNames,
            Targets = table.Targets
                .Select(t => new ModelTarget(t.Key, t.ScientificName, t.KoreanName, t.Status.ToString()))
                .ToList(),
            TrainingRows = table.Trainable.Count,
            TrainingDataSha256 = table.DataHash(),
            MatchRunId = run.Id,
            Matcher = run.Matcher,
            MatchSettings = run.Settings,
            Settings = settings.Values,
            Seed = seed,
            FirstLoss = losses.Count > 0 ? losses[0] : null,
            FinalLoss = losses.Count > 0 ? losses[^1] : null,
            CreatedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            FishdensVersion = typeof(ModelTrainer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
        };
}
