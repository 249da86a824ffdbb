namespace AlienFish.Abstractions;

/// <summary>
/// A model that learns the targets (log(1 + density) per alien species) from the
/// features (matched water quality). The host owns the model file; the model writes and
/// reads only its own payload inside it.
/// </summary>
public interface IModel : IFishdensPlugin
{
    /// <summary>Version of the payload format, written into the model file.</summary>
    string Version { get; }

    ITrainedModel Train(
        TrainingData data,
        PluginSettings settings,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken);

    /// <summary>Reads a payload written by <see cref="ITrainedModel.Save"/>.</summary>
    ITrainedModel Load(Stream payload);
}

/// <summary>
/// A table of training rows. <see cref="Features"/> may hold NaN for a missing value;
/// <see cref="Targets"/> never does.
/// </summary>
public sealed record TrainingData(
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<string> TargetNames,
    double[][] Features,
    double[][] Targets,
    int Seed)
{
    /// <summary>The CPU, the default device to train on.</summary>
    public const string CpuDevice = "cpu";

    /// <summary>A CUDA GPU, as <c>--device cuda</c> asks for.</summary>
    public const string CudaDevice = "cuda";

    /// <summary>
    /// Where to train: <see cref="CpuDevice"/> or <see cref="CudaDevice"/>. A model that cannot
    /// train on the device asked for throws <see cref="DeviceUnavailableException"/>; a model
    /// that computes without torch trains on the CPU whatever this says. A trained model
    /// predicts on the CPU.
    /// </summary>
    public string Device { get; init; } = CpuDevice;
}

/// <summary>Progress of one training epoch.</summary>
/// <param name="Stage">e.g. <c>fit</c>, or a pre-training layer.</param>
public sealed record TrainingEpoch(string Stage, int Epoch, int Epochs, double Loss);

/// <summary>A fitted model, ready to predict and to save.</summary>
public interface ITrainedModel : IDisposable
{
    IReadOnlyList<string> FeatureNames { get; }

    IReadOnlyList<string> TargetNames { get; }

    /// <summary>Loss after each epoch of the stage that fits the prediction, first to last.</summary>
    IReadOnlyList<double> LossHistory { get; }

    /// <summary>
    /// One row of target values per feature row, in the order of <see cref="TargetNames"/>.
    /// Feature columns come in the order of <see cref="FeatureNames"/>; NaN is missing.
    /// </summary>
    double[][] Predict(double[][] features);

    void Save(Stream payload);
}
