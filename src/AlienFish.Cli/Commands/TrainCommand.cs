using System.CommandLine;
using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Core.Training;
using Microsoft.Extensions.Logging;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens train</c>: fit a model plugin on the latest match run.</summary>
internal static class TrainCommand
{
    public static readonly Option<string> Model = new("--model")
    {
        Description = "The model plugin (see 'fishdens plugins list')",
        DefaultValueFactory = _ => "autoencoder",
    };

    public static readonly Option<string> Out = new("--out", "-o")
    {
        Description = "Where to write the model file (a zip holding model.json and the weights)",
        DefaultValueFactory = _ => "fishdens-model.zip",
        HelpName = "FILE",
    };

    public static readonly Option<int> Seed = new("--seed")
    {
        Description = "Random seed: the same data and seed give the same model",
        DefaultValueFactory = _ => 42,
    };

    public static readonly Option<int> CvFolds = new("--cv-folds")
    {
        Description = "Cross-validate on this many random folds before the final fit and write the scores "
            + "into the model file; 0 skips it",
        DefaultValueFactory = _ => 5,
    };

    public static readonly Option<string> Device = CreateDevice();

    public static readonly Option<string[]> Settings = SettingsOption.Create("epochs=300");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "train",
            "Train a model on the latest match run: features are the matched water-quality means, "
            + "targets log(1 + density) of each alien and invasive species, "
            + "density = 개체수 / 조사면적 (individuals per m²).")
            .WithExamples(
                "fishdens train",
                "fishdens train --model autoencoder --set epochs=500 --out geum.zip",
                "fishdens train --model sae --device cuda");

        command.Options.Add(Model);
        command.Options.Add(Out);
        command.Options.Add(Seed);
        command.Options.Add(CvFolds);
        command.Options.Add(Device);
        command.Options.Add(Settings);
        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, token) =>
        {
            var options = new TrainOptions(
                parse.GetValue(Model)!, parse.GetValue(Out)!, parse.GetValue(Seed),
                SettingsOption.Parse(parse.GetValue(Settings)), parse.GetValue(CvFolds), parse.GetValue(Device)!);
            Run(runtime, options, token);
            return Task.FromResult(0);
        }));

        return command;
    }

    public static TrainOutcome Run(
        CliRuntime runtime, TrainOptions options, CancellationToken cancellationToken)
    {
        var model = runtime.Plugins.Get<IModel>(options.Model, "model");
        var version = runtime.Plugins.Describe(model).Version;
        var progress = new EpochLogger(runtime.Logger);

        var outcome = new ModelTrainer(runtime.Store, runtime.Logger)
            .Train(
                model, version, options.Settings, options.Out, options.Seed, progress, cancellationToken,
                options.CvFolds, options.Device);

        var manifest = outcome.Manifest;
        var loss = manifest.FirstLoss is { } first && manifest.FinalLoss is { } last
            ? string.Create(CultureInfo.InvariantCulture, $"loss {first:0.0000} -> {last:0.0000}")
            : "no loss reported";

        runtime.Out.WriteLine(
            $"trained {manifest.Plugin} {manifest.PluginVersion} on {manifest.TrainingRows} surveys "
            + $"({manifest.Features.Count} variables: {string.Join(", ", manifest.Features)}; "
            + $"{manifest.Targets.Count} species); {loss}");

        if (manifest.CrossValidation is { } cv)
        {
            runtime.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {cv.Scheme} cross-validation: AUC {cv.Auc:0.000}, RMSE {cv.Rmse:0.###e0}, MAE {cv.Mae:0.###e0}, "
                + $"R² {cv.RSquared:0.000}, Spearman {cv.Spearman:0.000} (written into the model file)"));
        }

        runtime.Out.WriteLine($"model written to {outcome.ModelPath}");

        if (outcome.Table.Excluded.Count > 0)
        {
            var reasons = outcome.Table.Excluded.GroupBy(e => e.Reason).Select(g => $"{g.Count()} {g.Key}");
            runtime.Out.WriteLine(
                $"  {outcome.Table.Excluded.Count} matched surveys not used: {string.Join("; ", reasons)}");
        }

        return outcome;
    }

    private static Option<string> CreateDevice()
    {
        var option = new Option<string>("--device")
        {
            Description = "Where torch models train: cpu, or cuda for a GPU that TorchSharp finds "
                + "(needs the plugin built with libtorch's CUDA build); models without torch use the CPU",
            DefaultValueFactory = _ => TrainingData.CpuDevice,
        };

        option.AcceptOnlyFromAmong(TrainingData.CpuDevice, TrainingData.CudaDevice);
        return option;
    }

    /// <summary>Logs every tenth epoch and the last, so long runs show they are alive.</summary>
    private sealed class EpochLogger(ILogger logger) : IProgress<TrainingEpoch>
    {
        public void Report(TrainingEpoch value)
        {
            if (value.Epoch % 10 == 0 || value.Epoch == value.Epochs)
            {
                logger.LogDebug(
                    "{Stage} epoch {Epoch}/{Epochs}: loss {Loss:0.00000}",
                    value.Stage, value.Epoch, value.Epochs, value.Loss);
            }
        }
    }
}

internal sealed record TrainOptions(
    string Model,
    string Out,
    int Seed,
    PluginSettings Settings,
    int CvFolds = 5,
    string Device = TrainingData.CpuDevice);
