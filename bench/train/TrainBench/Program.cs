using System.Diagnostics;
using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Core.Plugins;
using AlienFish.Core.Storage;
using AlienFish.Core.Training;

// Usage: TrainBench STORE PLUGINS TABLE_CSV MODEL key=value...
// Writes the training table to TABLE_CSV, trains MODEL with the settings given, and prints one
// tab-separated row per training stage: tool, model, stage, epochs, seconds per epoch (mean
// over all but the first epoch, which pays for warm-up), the stage's final loss.
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: TrainBench STORE PLUGINS TABLE_CSV MODEL [key=value ...]");
    return 1;
}

var (storePath, pluginFolder, tablePath, modelName) = (args[0], args[1], args[2], args[3]);
var settings = new PluginSettings(args[4..]
    .Select(pair => pair.Split('=', 2))
    .ToDictionary(pair => pair[0], pair => pair[1]));

using var store = FishdensStore.Open(storePath);
var run = store.RequireLatestMatchRun();
var table = new TrainingTableBuilder(store).Build(run.Id);
var data = table.ToTrainingData(seed: 42);
TableCsv.Write(tablePath, data);

var catalog = PluginHost.Load([pluginFolder]);
var model = catalog.Get<IModel>(modelName, "model");
var clock = new EpochClock();

using var trained = model.Train(data, settings, clock, CancellationToken.None);

foreach (var stage in clock.Stages())
{
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"fishdens\t{modelName}\t{stage.Name}\t{stage.Epochs}\t{stage.SecondsPerEpoch:0.000000}\t{stage.FinalLoss:0.000000}"));
}

return 0;

/// <summary>Times each epoch from the moment the previous one (or its stage) was reported.</summary>
internal sealed class EpochClock : IProgress<TrainingEpoch>
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();

    private readonly List<(string Stage, double Seconds, double Loss)> _epochs = [];

    private TimeSpan _last = TimeSpan.Zero;

    public void Report(TrainingEpoch value)
    {
        var now = _watch.Elapsed;
        _epochs.Add((value.Stage, (now - _last).TotalSeconds, value.Loss));
        _last = now;
    }

    public IEnumerable<(string Name, int Epochs, double SecondsPerEpoch, double FinalLoss)> Stages() =>
        _epochs
            .GroupBy(e => e.Stage)
            .Select(g => (
                g.Key,
                g.Count(),
                g.Skip(g.Count() > 1 ? 1 : 0).Average(e => e.Seconds),
                g.Last().Loss));
}

/// <summary>The training table as CSV: the feature columns (blank where missing), then the targets.</summary>
internal static class TableCsv
{
    public static void Write(string path, TrainingData data)
    {
        static string N(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);

        var header = string.Join(',', data.FeatureNames.Select(f => "f:" + f).Concat(data.TargetNames.Select(t => "t:" + t)));
        var lines = data.Features.Zip(data.Targets, (f, t) => string.Join(',', f.Select(N).Concat(t.Select(N))));

        File.WriteAllLines(path, [header, .. lines]);
    }
}
