using System.CommandLine;
using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Core;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Training;
using Microsoft.Extensions.Logging;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens evaluate</c>: every model on the same cross-validation folds, in one table.</summary>
internal static class EvaluateCommand
{
    private static readonly Option<string[]> Models = new("--models")
    {
        Description = "Model plugins to compare, comma separated (default: every installed model)",
        AllowMultipleArgumentsPerToken = false,
    };

    private static readonly Option<int> Folds = new("--folds")
    {
        Description = "Number of folds",
        DefaultValueFactory = _ => 5,
    };

    private static readonly Option<string[]> Schemes = new("--cv")
    {
        Description = "Fold schemes, comma separated: kfold, spatial (blocks by distance), mid-basin (중권역)",
        DefaultValueFactory = _ => ["kfold", "spatial"],
    };

    private static readonly Option<double> BlockKm = new("--block-km")
    {
        Description = "Spatial blocks: reaches closer than this are never split between folds",
        DefaultValueFactory = _ => 10,
    };

    private static readonly Option<string?> Out = new("--out", "-o")
    {
        Description = "Also write every fold's score per model and species to this CSV",
        HelpName = "FILE",
    };

    private static readonly Option<string[]> Settings = SettingsOption.Create("epochs=100");

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "evaluate",
            "Cross-validate models on the latest match run: random k-fold and spatial blocks, the same folds "
            + "for every model, and one table of presence skill (AUC) and abundance skill (RMSE, MAE, R², "
            + "Spearman on log(1 + density)), mean ± sd over folds.")
            .WithExamples(
                "fishdens evaluate",
                "fishdens evaluate --models autoencoder --cv kfold,spatial,mid-basin --block-km 5 --out cv.csv");

        command.Options.Add(Models);
        command.Options.Add(Folds);
        command.Options.Add(Schemes);
        command.Options.Add(BlockKm);
        command.Options.Add(TrainCommand.Seed);
        command.Options.Add(Out);
        command.Options.Add(TrainCommand.Device);
        command.Options.Add(Settings);

        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, token) =>
        {
            var options = new EvaluateOptions(
                List(parse.GetValue(Models)), parse.GetValue(Folds), List(parse.GetValue(Schemes)),
                parse.GetValue(BlockKm), parse.GetValue(TrainCommand.Seed), parse.GetValue(Out),
                SettingsOption.Parse(parse.GetValue(Settings)), parse.GetValue(TrainCommand.Device)!);

            Run(runtime, options, token);
            return Task.FromResult(0);
        }));

        return command;
    }

    private static void Run(CliRuntime runtime, EvaluateOptions options, CancellationToken token)
    {
        if (options.Folds < 2)
        {
            throw new PipelineException($"--folds {options.Folds}: cross-validation needs at least 2 folds");
        }

        var models = options.Models.Count == 0
            ? runtime.Plugins.All<IModel>().ToList()
            : options.Models.Select(m => runtime.Plugins.Get<IModel>(m, "model")).ToList();

        var run = runtime.Store.RequireLatestMatchRun();

        var table = new TrainingTableBuilder(runtime.Store).Build(run.Id);
        var rows = table.Trainable;
        var reaches = runtime.Store.LoadSurveys().ToDictionary(s => s.Survey.Key, s => s.Reach);
        var schemes = options.Schemes.Select(s => Scheme(s, rows, reaches, options)).ToList();

        var scores = ProgressDisplay.Run(runtime, "cross-validating", _ => ModelComparison.Run(
            models, table, schemes, options.Settings, options.Seed, new LogProgress(runtime), token,
            options.Device));

        runtime.Out.WriteLine(
            $"cross-validation of {models.Count} models on {rows.Count} surveys of match run {run.Id}, "
            + $"{table.Targets.Count} species, scores on log(1 + density), averaged over species:");
        runtime.Out.Write(ComparisonTable.Format(scores));
        runtime.Out.WriteLine(ComparisonTable.AucNote(scores));

        if (options.Out is { } path)
        {
            WriteScores(path, scores);
            runtime.Out.WriteLine($"fold scores written to {Path.GetFullPath(path)}");
        }
    }

    private static FoldAssignment Scheme(
        string name,
        IReadOnlyList<TrainingRow> rows,
        IReadOnlyDictionary<SurveyKey, SurveyReach> reaches,
        EvaluateOptions options) => name switch
        {
            "kfold" => FoldBuilder.Random(rows.Count, options.Folds, options.Seed),
            "spatial" => FoldBuilder.SpatialBlocks(
                rows.Select(r => reaches.GetValueOrDefault(r.Survey)?.Location).ToList(),
                options.Folds,
                options.BlockKm * 1000),
            "mid-basin" => FoldBuilder.MidBasins(
                rows.Select(r => reaches.GetValueOrDefault(r.Survey)?.MidBasin).ToList(), options.Folds),
            _ => throw new PipelineException($"--cv {name}: not a fold scheme; use kfold, spatial or mid-basin"),
        };

    private static void WriteScores(string path, IReadOnlyList<FoldScore> scores)
    {
        static string N(double v) => double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

        var lines = scores.Select(s => string.Join(
            ',',
            s.Model, $"\"{s.Scheme}\"", s.Fold + 1, $"\"{s.Species}\"", s.TestRows,
            N(s.Auc), N(s.Rmse), N(s.Mae), N(s.RSquared), N(s.Spearman),
            s.AucFromPresence ? "presence" : "prediction"));

        File.WriteAllLines(
            path, ["model,scheme,fold,species,test_rows,auc,rmse,mae,r2,spearman,auc_score", .. lines]);
    }

    private static List<string> List(string[]? values) =>
        (values ?? [])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();

    private sealed class LogProgress(CliRuntime runtime) : IProgress<string>
    {
        public void Report(string value) => runtime.Logger.LogDebug("{Step}", value);
    }
}

internal sealed record EvaluateOptions(
    IReadOnlyList<string> Models,
    int Folds,
    IReadOnlyList<string> Schemes,
    double BlockKm,
    int Seed,
    string? Out,
    PluginSettings Settings,
    string Device);
