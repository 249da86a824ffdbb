using AlienFish.Abstractions;

namespace AlienFish.Plugins.Baselines;

/// <summary>
/// A fitted <c>mean</c> model: every row gets the training mean of each target, whatever its
/// water quality. The features are still checked, so a table of the wrong shape is refused as
/// it would be by any other model.
/// </summary>
internal sealed class TrainedMean : ITrainedModel
{
    private readonly double[] _means;

    public TrainedMean(
        IReadOnlyList<string> featureNames,
        IReadOnlyList<string> targetNames,
        IReadOnlyList<double> means,
        IReadOnlyList<double> lossHistory)
    {
        if (featureNames is null || targetNames is null || means is null || lossHistory is null)
        {
            throw BaselinePayload.Damaged("it lacks one of the fields of a mean fit");
        }

        if (means.Count != targetNames.Count)
        {
            throw BaselinePayload.Damaged($"it holds {means.Count} means for {targetNames.Count} targets");
        }

        FeatureNames = [.. featureNames];
        TargetNames = [.. targetNames];
        LossHistory = [.. lossHistory];
        _means = [.. means];
    }

    public IReadOnlyList<string> FeatureNames { get; }

    public IReadOnlyList<string> TargetNames { get; }

    public IReadOnlyList<double> LossHistory { get; }

    public double[][] Predict(double[][] features)
    {
        TableGuard.CheckFeatures(features, FeatureNames, "prediction");

        return [.. features.Select(_ => (double[])_means.Clone())];
    }

    public void Save(Stream payload) => BaselinePayload.Write(payload, new MeanPayload(
        BaselinePayload.Format(MeanModel.ModelName),
        BaselinePayload.Version,
        FeatureNames,
        TargetNames,
        _means,
        LossHistory));

    public void Dispose()
    {
        // Holds managed arrays only.
    }
}
