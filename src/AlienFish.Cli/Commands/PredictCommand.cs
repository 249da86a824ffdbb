using System.CommandLine;
using AlienFish.Core.Prediction;
using AlienFish.Core.Storage;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens predict</c>: densities per survey and species from a saved model.</summary>
internal static class PredictCommand
{
    public static readonly Option<string> ModelFile = new("--model-file", "-m")
    {
        Description = "A model file written by 'fishdens train'",
        DefaultValueFactory = _ => "fishdens-model.zip",
        HelpName = "FILE",
    };

    public static readonly Option<string?> Input = new("--input", "-i")
    {
        Description = "A CSV of water quality (columns reach, year, round and one per model variable, "
            + "e.g. DO, TP); without it, every survey of the store's latest match run is predicted",
        HelpName = "CSV",
    };

    public static readonly Option<string> Out = new("--out", "-o")
    {
        Description = "Where to write the predictions CSV; '-' writes to stdout",
        DefaultValueFactory = _ => "predictions.csv",
        HelpName = "FILE",
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "predict",
            "Predict the density (individuals per m²) of each species the model knows, "
            + "writing a CSV with the columns reach, reach_name, year, round, species, korean_name, "
            + "density, observed_density.")
            .WithExamples(
                "fishdens predict",
                "fishdens predict -m geum.zip --input new-sites.csv --out -");

        command.Options.Add(ModelFile);
        command.Options.Add(Input);
        command.Options.Add(Out);
        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, token) =>
        {
            var options = new PredictOptions(
                parse.GetValue(ModelFile)!, parse.GetValue(Input), parse.GetValue(Out)!);
            Run(runtime, options);
            return Task.FromResult(0);
        }));

        return command;
    }

    public static int Run(CliRuntime runtime, PredictOptions options)
    {
        var predictor = new Predictor(runtime.Plugins);
        var (manifest, rows) = predictor.Predict(
            options.ModelFile,
            m => options.Input is null
                ? Predictor.FromStore(runtime.Store, m.Features, m.Targets)
                : WaterQualityCsv.Read(options.Input, m.Features));

        if (options.Input is null)
        {
            var sha = Predictor.FileHash(options.ModelFile);
            var modelPath = Path.GetFullPath(options.ModelFile);
            var id = runtime.Store.ModelId(
                manifest.Plugin, manifest.PluginVersion, modelPath, sha, "predicted with");

            var predictions = rows
                .Select(r => new PredictedDensity(r.Survey, r.SpeciesKey, r.Density))
                .ToList();
            runtime.Store.SavePredictions(id, predictions);
        }

        if (options.Out == "-")
        {
            Predictor.WriteCsv(runtime.Out, rows);
            return rows.Count;
        }

        Predictor.WriteCsvFile(options.Out, rows);
        var surveys = rows.Select(r => r.Survey).Distinct().Count();
        runtime.Out.WriteLine(
            $"predicted {manifest.Targets.Count} species for {surveys} surveys ({rows.Count} rows) "
            + $"into {Path.GetFullPath(options.Out)}");

        return rows.Count;
    }
}

internal sealed record PredictOptions(string ModelFile, string? Input, string Out);
