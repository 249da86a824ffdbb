using AlienFish.Abstractions;
using TorchSharp;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// A fitted autoencoder with the scaling it was trained under. Prediction scales the rows as
/// in training (a missing value becomes the training mean), runs the encoder and the head,
/// and turns the head's output back into log(1 + density).
/// </summary>
internal sealed class TrainedAutoencoder : ITrainedModel
{
    private bool _disposed;

    public TrainedAutoencoder(
        DensityAutoencoder network,
        FeatureScaler featureScaler,
        FeatureScaler targetScaler,
        IReadOnlyList<string> featureNames,
        IReadOnlyList<string> targetNames,
        IReadOnlyList<double> lossHistory,
        AutoencoderSettings settings)
    {
        Network = network;
        FeatureScaler = featureScaler;
        TargetScaler = targetScaler;
        FeatureNames = [.. featureNames];
        TargetNames = [.. targetNames];
        LossHistory = [.. lossHistory];
        Settings = settings;
        Network.eval();
    }

    public IReadOnlyList<string> FeatureNames { get; }

    public IReadOnlyList<string> TargetNames { get; }

    public IReadOnlyList<double> LossHistory { get; }

    public AutoencoderSettings Settings { get; }

    public DensityAutoencoder Network { get; }

    public FeatureScaler FeatureScaler { get; }

    public FeatureScaler TargetScaler { get; }

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
        var (_, prediction) = Network.forward(input);

        return TargetScaler.Unscale(prediction.data<float>().ToArray());
    }

    public void Save(Stream payload)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(payload);

        AutoencoderPayload.Write(payload, this);
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
