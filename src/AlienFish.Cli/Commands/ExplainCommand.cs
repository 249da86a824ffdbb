using System.CommandLine;
using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Core;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Training;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens explain</c>: permutation importance and response curves of a saved model.</summary>
internal static class ExplainCommand
{
    private static readonly Option<string> OutDir = new("--out-dir")
    {
        Description = "Folder for importance.csv and response-curves.csv",
        DefaultValueFactory = _ => "fishdens-explain",
        HelpName = "FOLDER",
    };

    private static readonly Option<int> Repeats = new("--repeats")
    {
        Description = "How many times each variable is shuffled",
        DefaultValueFactory = _ => 5,
    };

    private static readonly Option<int> Steps = new("--steps")
    {
        Description = "Points on each response curve",
        DefaultValueFactory = _ => 20,
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "explain",
            "Explain a saved model on the surveys of the latest match run: permutation variable importance "
            + "(rise in RMSE of log(1 + density) when a variable is shuffled) and response curves (one variable "
            + "from its 5th to 95th percentile, the others at their median), as tables.")
            .WithExamples("fishdens explain", "fishdens explain -m geum.zip --out-dir geum-explain --steps 40");

        command.Options.Add(PredictCommand.ModelFile);
        command.Options.Add(OutDir);
        command.Options.Add(Repeats);
        command.Options.Add(Steps);
        command.Options.Add(TrainCommand.Seed);

        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, _) =>
        {
            Run(
                runtime,
                parse.GetValue(PredictCommand.ModelFile)!,
                parse.GetValue(OutDir)!,
                parse.GetValue(Repeats),
                parse.GetValue(Steps),
                parse.GetValue(TrainCommand.Seed));

            return Task.FromResult(0);
        }));

        return command;
    }

    private static void Run(CliRuntime runtime, string modelPath, string outDir, int repeats, int steps, int seed)
    {
        if (repeats < 1 || steps < 2)
        {
            throw new PipelineException($"--repeats {repeats} --steps {steps}: give at least 1 repeat and 2 steps");
        }

        var (manifest, payload) = ModelFile.Read(modelPath);
        var plugin = runtime.Plugins.Get<IModel>(manifest.Plugin, "model");
        var run = runtime.Store.RequireLatestMatchRun();

        var table = new TrainingTableBuilder(runtime.Store).Build(run.Id, manifest.Features);
        var data = table.ToTrainingData(seed);
        var keys = manifest.Targets.Select(t => t.Key).ToList();

        if (!keys.SequenceEqual(data.TargetNames))
        {
            throw new PipelineException(
                $"{modelPath} predicts {string.Join(", ", keys)} but the store's alien species are "
                + $"{string.Join(", ", data.TargetNames)}; explain it on the store it was trained from");
        }

        using var stream = new MemoryStream(payload);
        using var model = plugin.Load(stream);
        var importance = PermutationImportance.Compute(model, data.Features, data.Targets, repeats, seed);
        var curves = ResponseCurves.Compute(model, table.Rows.Select(r => r.Features).ToArray(), steps);

        Directory.CreateDirectory(outDir);
        WriteImportance(Path.Combine(outDir, "importance.csv"), importance);
        WriteCurves(Path.Combine(outDir, "response-curves.csv"), curves);
        Print(runtime, importance, manifest, data.Features.Length);
        runtime.Out.WriteLine($"importance.csv and response-curves.csv written to {Path.GetFullPath(outDir)}");
    }

    private static void Print(
        CliRuntime runtime, IReadOnlyList<VariableImportance> importance, ModelManifest manifest, int rows)
    {
        var names = manifest.Targets.ToDictionary(t => t.Key, t => t.KoreanName);
        var species = importance.Select(i => i.Species).Distinct().ToList();

        runtime.Out.WriteLine(
            $"permutation importance of {manifest.Plugin} on {rows} surveys: rise in RMSE of log(1 + density)");
        runtime.Out.WriteLine("variable  " + string.Join("  ", species.Select(s => names[s].PadLeft(10))));

        foreach (var variable in importance.GroupBy(i => i.Variable))
        {
            var cells = species.Select(s => Short(variable.Single(i => i.Species == s).Increase).PadLeft(10));
            runtime.Out.WriteLine(variable.Key.PadRight(8) + "  " + string.Join("  ", cells));
        }
    }

    private static void WriteImportance(string path, IReadOnlyList<VariableImportance> importance) =>
        File.WriteAllLines(path,
        [
            "variable,species,base_rmse,rmse_increase",
            .. importance.Select(i => $"{i.Variable},{i.Species},{Number(i.BaseRmse)},{Number(i.Increase)}"),
        ]);

    private static void WriteCurves(string path, IReadOnlyList<ResponsePoint> curves) =>
        File.WriteAllLines(path,
        [
            "variable,value,species,density",
            .. curves.Select(p => $"{p.Variable},{Number(p.Value)},{p.Species},{Number(p.Density)}"),
        ]);

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Short(double value) => value.ToString("0.00e+0", CultureInfo.InvariantCulture);
}
