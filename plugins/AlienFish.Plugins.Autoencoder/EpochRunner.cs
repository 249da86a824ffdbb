using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Runs the epochs of one training stage: shuffles the rows with the trainer's seeded
/// generator, hands each mini-batch of row numbers to the stage's step, and reports the
/// row-weighted mean loss of each epoch. A loss that stops being finite ends training with
/// advice on the learning rate.
/// </summary>
internal sealed class EpochRunner
{
    private readonly long[] _order;

    private readonly int _batchSize;

    private readonly double _learningRate;

    private readonly Random _random;

    private readonly IProgress<TrainingEpoch>? _progress;

    private readonly CancellationToken _cancellationToken;

    public EpochRunner(
        int rows,
        StackedSettings settings,
        Random random,
        IProgress<TrainingEpoch>? progress,
        CancellationToken cancellationToken)
    {
        _order = [.. Enumerable.Range(0, rows).Select(row => (long)row)];
        _batchSize = settings.BatchSize;
        _learningRate = settings.LearningRate;
        _random = random;
        _progress = progress;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The loss of each epoch, first to last.</summary>
    public List<double> Run(string stage, int epochs, Func<long[], double> step)
    {
        var history = new List<double>(epochs);
        var rows = _order.Length;

        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            _random.Shuffle(_order);
            var lossSum = 0.0;

            for (var start = 0; start < rows; start += _batchSize)
            {
                _cancellationToken.ThrowIfCancellationRequested();

                var count = Math.Min(_batchSize, rows - start);
                lossSum += step(_order[start..(start + count)]) * count;
            }

            var loss = lossSum / rows;
            CheckFinite(loss, stage, epoch);

            history.Add(loss);
            _progress?.Report(new TrainingEpoch(stage, epoch, epochs, loss));
        }

        return history;
    }

    private void CheckFinite(double loss, string stage, int epoch)
    {
        if (double.IsFinite(loss))
        {
            return;
        }

        throw new InvalidOperationException(string.Create(
            CultureInfo.InvariantCulture,
            $"training diverged in stage {stage} at epoch {epoch}: the loss is no longer a finite "
            + $"number; give a smaller --set {StackedSettings.LearningRateKey}=VALUE "
            + $"(now {_learningRate})"));
    }
}
