using AlienFish.Abstractions;
using AlienFish.Core.Training;

namespace AlienFish.Core.Evaluation;

/// <summary>
/// Cross-validates every model on the same folds. Each fold's model is trained on that
/// fold's training rows only, so the scaling and imputation each plugin fits never see the
/// held-out surveys.
/// <para>
/// Presence skill (AUC) is scored on what the model says about presence alone: the presence
/// head's probability where the model has one (<see cref="IPresenceModel"/>). Scoring the
/// prediction of a zero-inflated model, p(present) × density, would mix in how dense the
/// species is where present, which is abundance skill. A model without a presence head
/// (<c>autoencoder</c>, <c>pca-ridge</c>, <c>mean</c>) is scored on its predicted
/// log(1 + density): it says nothing else about presence, and a higher predicted density is
/// its only way to rank a survey as more likely to hold the species (a constant prediction,
/// as of <c>mean</c>, ties every pair and scores 0.5).
/// </para>
/// </summary>
public static class ModelComparison
{
    public static IReadOnlyList<FoldScore> Run(
        IReadOnlyList<IModel> models,
        TrainingTable table,
        IReadOnlyList<FoldAssignment> schemes,
        PluginSettings settings,
        int seed,
        IProgress<string>? progress,
        CancellationToken cancellationToken,
        string device = TrainingData.CpuDevice)
    {
        var data = table.ToTrainingData(seed) with { Device = device };
        var scores = new List<FoldScore>();

        foreach (var scheme in schemes)
        {
            for (var fold = 0; fold < scheme.Count; fold++)
            {
                var train = scheme.TrainRows(fold).ToArray();
                var test = scheme.TestRows(fold).ToArray();

                foreach (var model in models)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report($"{scheme.Scheme}, fold {fold + 1}/{scheme.Count}: {model.Name}");
                    scores.AddRange(Score(model, data, scheme.Scheme, fold, train, test, settings, cancellationToken));
                }
            }
        }

        return scores;
    }

    private static IEnumerable<FoldScore> Score(
        IModel model,
        TrainingData data,
        string scheme,
        int fold,
        int[] train,
        int[] test,
        PluginSettings settings,
        CancellationToken cancellationToken)
    {
        var subset = data with
        {
            Features = train.Select(i => data.Features[i]).ToArray(),
            Targets = train.Select(i => data.Targets[i]).ToArray(),
        };

        using var trained = model.Train(subset, settings, null, cancellationToken);
        var held = test.Select(i => data.Features[i]).ToArray();
        var predicted = trained.Predict(held);
        var presence = trained is IPresenceModel head ? head.PredictPresence(held) : predicted;

        for (var t = 0; t < data.TargetNames.Count; t++)
        {
            var observed = test.Select(i => data.Targets[i][t]).ToArray();
            var estimate = predicted.Select(row => row[t]).ToArray();
            var chance = presence.Select(row => row[t]).ToArray();

            yield return new FoldScore(
                model.Name,
                scheme,
                fold,
                data.TargetNames[t],
                test.Length,
                Metrics.Auc(observed.Select(o => o > 0).ToArray(), chance),
                Metrics.Rmse(observed, estimate),
                Metrics.Mae(observed, estimate),
                Metrics.RSquared(observed, estimate),
                Metrics.Spearman(observed, estimate),
                trained is IPresenceModel);
        }
    }
}
