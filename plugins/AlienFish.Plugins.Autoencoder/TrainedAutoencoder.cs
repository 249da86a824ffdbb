using AlienFish.Abstractions;
using TorchSharp;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// A fitted autoencoder with the scaling it was trained under. Prediction scales the rows as
/// in training (a missing value becomes the training mean), runs the encoder and the head,
/// and turns the head's output back into log(1 + density). <see cref="Encode"/> stops at the
/// encoder's code, the same code the head reads; <see cref="Reconstruct"/> runs the decoder on
/// it and undoes the feature scaling.
/// </summary>
internal sealed class TrainedAutoencoder : ILatentModel
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

    public int LatentSize => Network.Shape.Latent;

    public AutoencoderSettings Settings { get; }

    public DensityAutoencoder Network { get; }

    public FeatureScaler FeatureScaler { get; }

    public FeatureScaler TargetScaler { get; }

    public double[][] Predict(double[][] features)
    {
        if (Checked(features, "prediction").Length == 0)
        {
            return [];
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var prediction = Network.Head(Code(features));

        return TargetScaler.Unscale(prediction.data<float>().ToArray());
    }

    public double[][] Encode(double[][] features)
    {
        if (Checked(features, "encoding").Length == 0)
        {
            return [];
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        return TensorRows.Of(Code(features));
    }

    public double[][] Reconstruct(double[][] features)
    {
        if (Checked(features, "reconstruction").Length == 0)
        {
            return [];
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var reconstruction = Network.Decode(Code(features));

        return FeatureScaler.Unscale(reconstruction.data<float>().ToArray());
    }

    /// <summary>What the head predicts from latent codes such as <see cref="Encode"/> gives.</summary>
    internal double[][] PredictFromCodes(double[][] codes)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(codes);

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var prediction = Network.Head(TensorRows.From(codes, LatentSize));

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

    private double[][] Checked(double[][] features, string purpose)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(features);
        TrainingDataGuard.CheckFeatures(features, FeatureNames, purpose);

        return features;
    }

    /// <summary>The codes of the rows, scaled as in training; they belong to the caller's scope.</summary>
    private Tensor Code(double[][] features) =>
        Network.Encode(TensorRows.Matrix(FeatureScaler.Scale(features), features.Length, FeatureScaler.Columns));
}
