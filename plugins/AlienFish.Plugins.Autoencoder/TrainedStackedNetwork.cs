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
/// density of a typical presence. This is the whole trained <c>mlp</c>, which has no decoder;
/// a <c>sae</c> or <c>dae</c> wraps it in a <see cref="TrainedStackedAutoencoder"/>.
/// <see cref="PredictPresence"/> gives the presence head's p(present) alone, which is what
/// presence skill (AUC) is scored on.
/// </summary>
internal sealed class TrainedStackedNetwork : IPresenceModel
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
        CheckFeatures(features, "prediction");

        if (features.Length == 0)
        {
            return [];
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        return FromHeads(Network.Heads(Codes(features)));
    }

    public double[][] PredictPresence(double[][] features)
    {
        CheckFeatures(features, "prediction");

        if (features.Length == 0)
        {
            return [];
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var chances = Network.Heads(Codes(features)).PresenceLogits.sigmoid();

        return TensorRows.Of(chances);
    }

    /// <summary>What the heads predict from latent codes, one row of doubles per code.</summary>
    internal double[][] PredictFromCodes(double[][] codes)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(codes);

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        return FromHeads(Network.Heads(TensorRows.From(codes, Network.Shape.Latent)));
    }

    /// <summary>Rows fit for this model, for the <paramref name="use"/> named in any error.</summary>
    internal void CheckFeatures(double[][] features, string use)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(features);
        TrainingDataGuard.CheckFeatures(features, FeatureNames, use);
    }

    /// <summary>
    /// The latent codes of checked rows, scaled as in training (a missing value becomes the
    /// training mean); the tensors belong to the caller's dispose scope.
    /// </summary>
    internal Tensor Codes(double[][] features)
    {
        var input = TensorRows.Matrix(FeatureScaler.Scale(features), features.Length, FeatureScaler.Columns);

        return Network.Encode(input, Network.Depth);
    }

    public void Save(Stream payload)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(payload);

        StackedPayload.Write(payload, this, decoder: null);
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

    private double[][] FromHeads((Tensor PresenceLogits, Tensor Density) heads)
    {
        var chances = heads.PresenceLogits.sigmoid().data<float>().ToArray();
        var densities = DensityScaler.Unscale(heads.Density.data<float>().ToArray());

        return [.. densities.Select((row, r) => row
            .Select((value, t) => chances[(r * row.Length) + t] * Math.Max(value, 0))
            .ToArray())];
    }
}
