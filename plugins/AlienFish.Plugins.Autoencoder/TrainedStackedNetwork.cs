using AlienFish.Abstractions;
using TorchSharp;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// A fitted stacked model with the scaling it was trained under. Prediction scales the rows as
/// in training (a missing value becomes the training mean), runs the encoder and both heads,
/// and gives per species p(present) times the density head's log(1 + density), floored at 0.
/// That product is the expected log(1 + density) when absence counts as 0, the value that
/// minimises squared error: it is small where the species is probably absent, rather than the
/// density of a typical presence.
/// </summary>
internal sealed class TrainedStackedNetwork : ITrainedModel
{
    private bool _disposed;

    public TrainedStackedNetwork(
        StackedNetwork network,
        NetworkRecipe recipe,
        FeatureScaler featureScaler,
        FeatureScaler densityScaler,
        IReadOnlyList<string> featureNames,
        IReadOnlyList<string> targetNames,
        IReadOnlyList<double> lossHistory,
        StackedSettings settings)
    {
        Network = network;
        Recipe = recipe;
        FeatureScaler = featureScaler;
        DensityScaler = densityScaler;
        FeatureNames = [.. featureNames];
        TargetNames = [.. targetNames];
        LossHistory = [.. lossHistory];
        Settings = settings;
        Network.eval();
    }

    public IReadOnlyList<string> FeatureNames { get; }

    public IReadOnlyList<string> TargetNames { get; }

    public IReadOnlyList<double> LossHistory { get; }

    public StackedSettings Settings { get; }

    public NetworkRecipe Recipe { get; }

    public StackedNetwork Network { get; }

    public FeatureScaler FeatureScaler { get; }

    /// <summary>Mean and deviation of each target over the rows where its species is present.</summary>
    public FeatureScaler DensityScaler { get; }

    public double[][] Predict(double[][] features)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(features);
        TrainingDataGuard.CheckFeatures(features, FeatureNames, "prediction");

        if (features.Length == 0)
        {
            return [];
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var input = tensor(FeatureScaler.Scale(features), [features.Length, FeatureScaler.Columns]);
        var (logits, density) = Network.forward(input);
        var chances = logits.sigmoid().data<float>().ToArray();
        var densities = DensityScaler.Unscale(density.data<float>().ToArray());

        return [.. densities.Select((row, r) => row
            .Select((value, t) => chances[(r * row.Length) + t] * Math.Max(value, 0))
            .ToArray())];
    }

    public void Save(Stream payload)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(payload);

        StackedPayload.Write(payload, this);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Network.Dispose();
    }
}
