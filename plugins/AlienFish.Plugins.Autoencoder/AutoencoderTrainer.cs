using System.Globalization;
using AlienFish.Abstractions;
using TorchSharp;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Fits a <see cref="DensityAutoencoder"/> with Adam on shuffled mini-batches. The loss is
/// the head's mean squared error on the scaled targets plus the reconstruction weight times
/// the decoder's mean squared error on the scaled input values that were measured: a missing
/// value is imputed for the encoder, but the decoder is not taught to reproduce the
/// imputation. Everything random (the initial
/// weights, the batch order) comes from one seeded generator, so the same data and seed give
/// the same weights. Training runs on the device given, the weights drawn on the CPU and moved
/// there with the table; the trained network is moved back to the CPU to predict and be saved.
/// </summary>
internal sealed class AutoencoderTrainer
{
    public const string Stage = "fit";

    private readonly AutoencoderSettings _settings;

    private readonly Device _device;

    public AutoencoderTrainer(AutoencoderSettings settings, Device device)
    {
        _settings = settings;
        _device = device;
    }

    public TrainedAutoencoder Train(
        TrainingData data,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken)
    {
        TrainingDataGuard.Check(data);

        var featureScaler = FeatureScaler.Fit(data.Features, data.FeatureNames.Count);
        var targetScaler = FeatureScaler.Fit(data.Targets, data.TargetNames.Count);
        var shape = new NetworkShape(
            data.FeatureNames.Count, _settings.Hidden, _settings.Latent, data.TargetNames.Count);

        // Process-wide in libtorch; see AutoencoderSettings.DefaultThreads for the choice.
        set_num_threads(_settings.Threads);

        var random = new Random(_settings.Seed);
        var network = new DensityAutoencoder(shape);

        try
        {
            network.Initialise(random);
            network.to(_device);

            var history = Fit(
                network, featureScaler, targetScaler, data, random, progress, cancellationToken);
            network.to(CPU);

            return new TrainedAutoencoder(
                network, featureScaler, targetScaler, data.FeatureNames, data.TargetNames,
                history, _settings);
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    private List<double> Fit(
        DensityAutoencoder network,
        FeatureScaler featureScaler,
        FeatureScaler targetScaler,
        TrainingData data,
        Random random,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken)
    {
        var rows = data.Features.Length;
        var columns = featureScaler.Columns;
        var history = new List<double>(_settings.Epochs);
        var order = Enumerable.Range(0, rows).Select(row => (long)row).ToArray();

        using var features = OnDevice(featureScaler.Scale(data.Features), rows, columns);
        using var present = OnDevice(FeatureScaler.PresenceMask(data.Features, columns), rows, columns);
        using var targets = OnDevice(targetScaler.Scale(data.Targets), rows, targetScaler.Columns);
        var batches = new TrainingTensors(features, present, targets);
        using var optimizer = new AdamOptimizer(network.parameters(), _settings.LearningRate);
        network.train();

        for (var epoch = 1; epoch <= _settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            var lossSum = 0.0;

            for (var start = 0; start < rows; start += _settings.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();

                var count = Math.Min(_settings.BatchSize, rows - start);
                lossSum += Step(network, optimizer, batches, order[start..(start + count)]) * count;
            }

            var loss = lossSum / rows;

            if (!double.IsFinite(loss))
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"training diverged at epoch {epoch}: the loss is no longer a finite number; "
                    + $"give a smaller --set {AutoencoderSettings.LearningRateKey}=VALUE "
                    + $"(now {_settings.LearningRate})"));
            }

            history.Add(loss);
            progress?.Report(new TrainingEpoch(Stage, epoch, _settings.Epochs, loss));
        }

        network.eval();

        return history;
    }

    private double Step(
        DensityAutoencoder network,
        AdamOptimizer optimizer,
        TrainingTensors all,
        long[] batchRows)
    {
        using var scope = NewDisposeScope();

        var index = tensor(batchRows, device: _device);
        var input = all.Features.index_select(0, index);
        var present = all.Present.index_select(0, index);
        var expected = all.Targets.index_select(0, index);

        optimizer.zero_grad();
        var (reconstruction, prediction) = network.forward(input);
        var taskLoss = nn.functional.mse_loss(prediction, expected);
        var squares = (reconstruction - input).square() * present;
        var reconstructionLoss = squares.sum() / present.sum().clamp_min(1);
        var loss = taskLoss + (reconstructionLoss * _settings.ReconstructionWeight);

        loss.backward();
        optimizer.step();

        return loss.item<float>();
    }

    /// <summary>A [rows, columns] float32 matrix of row-major values on the training device.</summary>
    private Tensor OnDevice(float[] values, int rows, int columns)
    {
        using var managed = tensor(values, [rows, columns]);

        return managed.to(_device, copy: true);
    }

    /// <summary>The whole scaled table, from which each batch selects its rows.</summary>
    private sealed record TrainingTensors(Tensor Features, Tensor Present, Tensor Targets);
}
