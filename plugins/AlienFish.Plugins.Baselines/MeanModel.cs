using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Plugins.Baselines;

[assembly: FishdensPlugin(typeof(MeanModel))]

namespace AlienFish.Plugins.Baselines;

/// <summary>
/// The <c>mean</c> model plugin: predicts the training mean of each target for every row. It
/// learns nothing from the water quality, which makes it the floor any model must clear.
/// It has no settings. Its loss history is one value, the training mean squared error over all
/// targets, reported as stage <c>fit</c>.
/// </summary>
public sealed class MeanModel : IModel
{
    public const string ModelName = "mean";

    public string Name => ModelName;

    public string Description => "The training mean of each species' density, the floor for other models.";

    public PluginKind Kind => PluginKind.Model;

    public string Version => BaselinePayload.Version.ToString(CultureInfo.InvariantCulture);

    public ITrainedModel Train(
        TrainingData data,
        PluginSettings settings,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken)
    {
        TableGuard.Check(data);
        cancellationToken.ThrowIfCancellationRequested();

        var targets = data.TargetNames.Count;
        var means = Enumerable.Range(0, targets).Select(t => data.Targets.Average(row => row[t])).ToArray();
        var loss = data.Targets.Average(row => row.Select((v, t) => (v - means[t]) * (v - means[t])).Average());

        progress?.Report(new TrainingEpoch("fit", 1, 1, loss));

        return new TrainedMean(data.FeatureNames, data.TargetNames, means, [loss]);
    }

    public ITrainedModel Load(Stream payload)
    {
        var read = BaselinePayload.Read<MeanPayload>(payload, ModelName);

        return new TrainedMean(read.FeatureNames, read.TargetNames, read.Means, read.LossHistory);
    }
}
