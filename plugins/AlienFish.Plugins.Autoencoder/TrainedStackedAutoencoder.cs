using AlienFish.Abstractions;
using TorchSharp;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// A fitted <c>sae</c> or <c>dae</c>: the fine-tuned network of <see cref="TrainedStackedNetwork"/>,
/// which predicts, together with the decoders of its pre-training. <see cref="Encode"/> gives
/// the last encoder layer's tanh code, the code both heads read; <see cref="Reconstruct"/>
/// decodes it through the decoders, last layer first, and undoes the feature scaling. The
/// decoders were pre-trained layer by layer and then refitted to the fine-tuned encoder's code
/// (see <see cref="StackedTrainer"/>); a model saved before that refit existed reconstructs
/// with its pre-training decoders.
/// </summary>
internal sealed class TrainedStackedAutoencoder : ILatentModel, IPresenceModel
{
    private bool _disposed;

    public TrainedStackedAutoencoder(
        TrainedStackedNetwork model, StackedDecoder decoder, ReconstructionTrace? trace = null)
    {
        if (decoder.Shape.Inputs != model.Network.Shape.Inputs
            || !decoder.Shape.Layers.SequenceEqual(model.Network.Shape.Layers))
        {
            throw new ArgumentException("the decoder's layers do not mirror the encoder's", nameof(decoder));
        }

        Model = model;
        Decoder = decoder;
        Trace = trace;
        Decoder.eval();
    }

    /// <summary>The reconstruction error through training; null for a loaded model.</summary>
    internal ReconstructionTrace? Trace { get; }

    /// <summary>The fine-tuned network that predicts, and its scaling.</summary>
    public TrainedStackedNetwork Model { get; }

    /// <summary>The decoders, pre-trained and then refitted to the fine-tuned encoder.</summary>
    public StackedDecoder Decoder { get; }

    public IReadOnlyList<string> FeatureNames => Model.FeatureNames;

    public IReadOnlyList<string> TargetNames => Model.TargetNames;

    public IReadOnlyList<double> LossHistory => Model.LossHistory;

    public int LatentSize => Model.Network.Shape.Latent;

    public double[][] Predict(double[][] features)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        return Model.Predict(features);
    }

    public double[][] PredictPresence(double[][] features)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        return Model.PredictPresence(features);
    }

    public double[][] Encode(double[][] features)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Model.CheckFeatures(features, "encoding");

        if (features.Length == 0)
        {
            return [];
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        return TensorRows.Of(Model.Codes(features));
    }

    public double[][] Reconstruct(double[][] features)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Model.CheckFeatures(features, "reconstruction");

        if (features.Length == 0)
        {
            return [];
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var reconstruction = Decoder.forward(Model.Codes(features));

        return Model.FeatureScaler.Unscale(reconstruction.data<float>().ToArray());
    }

    public void Save(Stream payload)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(payload);

        StackedPayload.Write(payload, Model, Decoder);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Model.Dispose();
        Decoder.Dispose();
    }
}
