using AlienFish.Abstractions;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Trains a <see cref="StackedNetwork"/> in up to two phases, with Adam on shuffled
/// mini-batches throughout.
/// <para>
/// Pre-training (<c>sae</c>, <c>dae</c>): greedy and layer-wise. Encoder layer k is trained as
/// a shallow autoencoder, tanh code and linear decoder, on the codes that the already trained
/// layers below give for the training rows; stage <c>pretrain-k</c> reports its mean squared
/// reconstruction error. At the first layer only measured values count in that error, so a
/// missing value (imputed as the mean) is never taught as if it had been measured. A denoising
/// model corrupts each layer's input and reconstructs the clean one.
/// </para>
/// <para>
/// Fine-tuning (stage <c>finetune</c>, or <c>fit</c> for <c>mlp</c>, which starts from the
/// seeded weights): the whole network end to end on the task loss, the binary cross-entropy
/// of the presence head against target &gt; 0 plus the mean squared error of the density head
/// over the rows and species where the species is present. A denoising model corrupts the input
/// here too. All randomness (weights, batch order, corruption) comes from one generator seeded
/// by <c>seed</c>.
/// </para>
/// <para>
/// Training runs on the device given (the CPU, or a CUDA GPU): the weights are drawn on the CPU
/// and moved there with the whole table, and each batch is taken from the table on that device.
/// The trained model is moved back to the CPU, where it predicts and is saved.
/// </para>
/// <para>
/// Decoder refit (stage <c>refit-decoder</c>, <c>sae</c> and <c>dae</c>): fine-tuning moves the
/// encoder but not the decoders, so they no longer match its code. With the encoder frozen,
/// the whole decoder stack (<see cref="StackedDecoder"/>), starting from its pre-trained
/// weights, is trained for <c>refit-epochs</c> to reconstruct the clean scaled input, measured
/// values only, from the fine-tuned latent code. Prediction does not change; the trained model
/// keeps the refitted decoders to reconstruct the input. The loss history is that of the
/// supervised stage.
/// </para>
/// </summary>
internal sealed class StackedTrainer
{
    private readonly StackedSettings _settings;

    private readonly NetworkRecipe _recipe;

    private readonly Device _device;

    public StackedTrainer(StackedSettings settings, NetworkRecipe recipe, Device device)
    {
        _settings = settings;
        _recipe = recipe;
        _device = device;
    }

    public ITrainedModel Train(
        TrainingData data,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken)
    {
        TrainingDataGuard.Check(data);

        var featureScaler = FeatureScaler.Fit(data.Features, data.FeatureNames.Count);
        var densityScaler = FeatureScaler.Fit(PresentOnly(data.Targets), data.TargetNames.Count);
        var shape = new StackedShape(data.FeatureNames.Count, _settings.Layers, data.TargetNames.Count);

        // Process-wide in libtorch; see AutoencoderSettings.DefaultThreads for the choice.
        set_num_threads(_settings.Threads);

        var random = new Random(_settings.Seed);
        var network = new StackedNetwork(shape);
        var decoder = _recipe.Pretrains ? new StackedDecoder(shape) : null;

        try
        {
            network.Initialise(random);
            network.to(_device);
            decoder?.to(_device);

            var scaling = new Scaling(featureScaler, densityScaler);
            var (history, trace) = Fit(network, decoder, scaling, data, random, progress, cancellationToken);
            network.to(CPU);
            decoder?.to(CPU);
            var trained = new TrainedStackedNetwork(
                network, _recipe, featureScaler, densityScaler, data.FeatureNames, data.TargetNames,
                history, _settings);

            return decoder is null ? trained : new TrainedStackedAutoencoder(trained, decoder, trace);
        }
        catch
        {
            network.Dispose();
            decoder?.Dispose();
            throw;
        }
    }

    /// <summary>Targets with every absence (0) turned into NaN, so scaling sees presences only.</summary>
    private static double[][] PresentOnly(double[][] targets) =>
        [.. targets.Select(row => row.Select(value => value > 0 ? value : double.NaN).ToArray())];

    private (List<double> History, ReconstructionTrace? Trace) Fit(
        StackedNetwork network,
        StackedDecoder? decoder,
        Scaling scaling,
        TrainingData data,
        Random random,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken)
    {
        var (featureScaler, densityScaler) = scaling;
        var rows = data.Features.Length;
        var columns = featureScaler.Columns;
        var targets = densityScaler.Columns;

        using var features = OnDevice(featureScaler.Scale(data.Features), rows, columns);
        using var measured = OnDevice(FeatureScaler.PresenceMask(data.Features, columns), rows, columns);
        using var density = OnDevice(densityScaler.Scale(data.Targets), rows, targets);
        using var presence = OnDevice(PresenceOf(data.Targets), rows, targets);

        var runner = new EpochRunner(rows, _settings, random, progress, cancellationToken);
        var corruption = _recipe.Corrupts
            ? new InputCorruption(_settings.NoiseSd, _settings.MaskRate, random)
            : null;

        var pretrained = double.NaN;

        if (decoder is not null)
        {
            for (var layer = 0; layer < network.Depth; layer++)
            {
                Pretrain(
                    network, decoder.Layer(layer), layer, features, measured, runner, random, corruption);
            }

            pretrained = ReconstructionError(network, decoder, features, measured);
        }

        var table = new TaskTable(features, presence, density);
        network.train();

        using var optimizer = new AdamOptimizer(network.parameters(), _settings.LearningRate);
        var history = runner.Run(
            _recipe.FinalStage,
            _settings.Epochs,
            batch => TaskStep(network, optimizer, table, batch, corruption));

        network.eval();

        if (decoder is null)
        {
            return (history, null);
        }

        var fineTuned = ReconstructionError(network, decoder, features, measured);
        RefitDecoder(network, decoder, features, measured, runner);
        var refitted = ReconstructionError(network, decoder, features, measured);

        return (history, new ReconstructionTrace(pretrained, fineTuned, refitted));
    }

    /// <summary>
    /// Trains the decoder stack, from where it is, to reconstruct the scaled input from the
    /// latent codes of the frozen encoder; only measured values count.
    /// </summary>
    private void RefitDecoder(
        StackedNetwork network, StackedDecoder decoder, Tensor features, Tensor measured, EpochRunner runner)
    {
        if (_settings.RefitEpochs == 0)
        {
            return;
        }

        using var codes = CodesBelow(network, network.Depth, features);
        using var optimizer = new AdamOptimizer(decoder.parameters(), _settings.LearningRate);
        decoder.train();

        runner.Run(
            NetworkRecipe.RefitStage,
            _settings.RefitEpochs,
            batch =>
            {
                using var scope = NewDisposeScope();

                var index = tensor(batch, device: _device);
                var code = codes.index_select(0, index);
                var clean = features.index_select(0, index);
                var weight = measured.index_select(0, index);

                optimizer.zero_grad();
                var squares = (decoder.forward(code) - clean).square() * weight;
                var loss = squares.sum() / weight.sum().clamp_min(1);

                loss.backward();
                optimizer.step();

                return loss.item<float>();
            });

        decoder.eval();
    }

    /// <summary>The mean squared error of the decoded latent codes over the measured scaled values.</summary>
    private static double ReconstructionError(
        StackedNetwork network, StackedDecoder decoder, Tensor features, Tensor measured)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var squares = (decoder.forward(network.Encode(features, network.Depth)) - features).square() * measured;

        return (squares.sum() / measured.sum().clamp_min(1)).item<float>();
    }

    private void Pretrain(
        StackedNetwork network,
        Linear decoder,
        int layer,
        Tensor features,
        Tensor measured,
        EpochRunner runner,
        Random random,
        InputCorruption? corruption)
    {
        var encoder = network.EncoderLayer(layer);
        SeededInitialiser.Fill(decoder, random);

        using var below = CodesBelow(network, layer, features);
        using var counted = layer == 0 ? measured.alias() : ones_like(below);
        using var optimizer = new AdamOptimizer(
            encoder.parameters().Concat(decoder.parameters()), _settings.LearningRate);

        runner.Run(
            NetworkRecipe.PretrainStage(layer + 1),
            _settings.PretrainEpochs,
            batch =>
            {
                using var scope = NewDisposeScope();

                var index = tensor(batch, device: _device);
                var clean = below.index_select(0, index);
                var weight = counted.index_select(0, index);
                var input = corruption?.Apply(clean) ?? clean;

                optimizer.zero_grad();
                var reconstruction = decoder.forward(encoder.forward(input).tanh());
                var squares = (reconstruction - clean).square() * weight;
                var loss = squares.sum() / weight.sum().clamp_min(1);

                loss.backward();
                optimizer.step();

                return loss.item<float>();
            });
    }

    /// <summary>The codes of the trained layers below <paramref name="layer"/>, as a new tensor.</summary>
    private static Tensor CodesBelow(StackedNetwork network, int layer, Tensor features)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();

        var codes = network.Encode(features, layer).detach().clone();

        return scope.MoveToOuter(codes);
    }

    private static double TaskStep(
        StackedNetwork network,
        AdamOptimizer optimizer,
        TaskTable all,
        long[] batch,
        InputCorruption? corruption)
    {
        using var scope = NewDisposeScope();

        var index = tensor(batch, device: all.Features.device);
        var clean = all.Features.index_select(0, index);
        var presence = all.Presence.index_select(0, index);
        var density = all.Density.index_select(0, index);
        var input = corruption?.Apply(clean) ?? clean;

        optimizer.zero_grad();
        var (logits, predicted) = network.forward(input);
        var presenceLoss = nn.functional.binary_cross_entropy_with_logits(logits, presence);
        var squares = (predicted - density).square() * presence;
        var loss = presenceLoss + (squares.sum() / presence.sum().clamp_min(1));

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

    /// <summary>Row-major 1 where a species is present (target above 0), else 0.</summary>
    private static float[] PresenceOf(double[][] targets) =>
        [.. targets.SelectMany(row => row.Select(value => value > 0 ? 1f : 0f))];

    /// <summary>The feature scaling and the density scaling (over presences) of the training rows.</summary>
    private sealed record Scaling(FeatureScaler Features, FeatureScaler Density);

    /// <summary>The scaled table of the supervised phase, from which each batch takes its rows.</summary>
    private sealed record TaskTable(Tensor Features, Tensor Presence, Tensor Density);
}
