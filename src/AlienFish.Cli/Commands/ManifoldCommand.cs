using System.CommandLine;
using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Core;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Training;

namespace AlienFish.Cli.Commands;

/// <summary><c>fishdens manifold</c>: the 2-D latent map of every survey and how faithful it is.</summary>
internal static class ManifoldCommand
{
    private const int Neighbours = 5;

    private static readonly Option<string> OutDir = new("--out-dir")
    {
        Description = "Folder for latent.csv, reconstruction.csv, latent-map.svg and latent-map.png",
        DefaultValueFactory = _ => "fishdens-manifold",
        HelpName = "FOLDER",
    };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command(
            "manifold",
            "Show the latent space of a model with a 2-D code as a map of surveys: the coordinates with a 2-D "
            + "PCA of the same data as CSV, the trustworthiness (k = 5) of both, the reconstruction error per "
            + "variable, and the map coloured by each species' observed density as SVG and PNG.")
            .WithExamples(
                "fishdens train --model autoencoder --set latent=2 -o map.zip && fishdens manifold -m map.zip",
                "fishdens train --model dae --set layers=16,8,2 -o dae2.zip && fishdens manifold -m dae2.zip");

        command.Options.Add(PredictCommand.ModelFile);
        command.Options.Add(OutDir);
        command.SetAction((parse, ct) => FishdensApp.Guard(parse, output, error, ct, (runtime, _) =>
        {
            Run(runtime, parse.GetValue(PredictCommand.ModelFile)!, parse.GetValue(OutDir)!);
            return Task.FromResult(0);
        }));

        return command;
    }

    private static void Run(CliRuntime runtime, string modelPath, string outDir)
    {
        var (manifest, payload) = ModelFile.Read(modelPath);
        var plugin = runtime.Plugins.Get<IModel>(manifest.Plugin, "model");
        using var stream = new MemoryStream(payload);
        using var loaded = plugin.Load(stream);
        var model = Latent(loaded, modelPath, manifest.Plugin);

        var run = runtime.Store.RequireLatestMatchRun();

        var table = new TrainingTableBuilder(runtime.Store).Build(run.Id, manifest.Features);
        var features = table.Rows.Select(r => r.Features).ToArray();
        var codes = model.Encode(features);
        var standardised = PrincipalComponents.Standardise(features);
        var pca = PrincipalComponents.Scores(standardised, 2);
        var latentTrust = Trustworthiness.Compute(standardised, codes, Neighbours);
        var pcaTrust = Trustworthiness.Compute(standardised, pca, Neighbours);
        var errors = ReconstructionErrors(model, features, manifest.Features);

        Directory.CreateDirectory(outDir);
        WriteCoordinates(Path.Combine(outDir, "latent.csv"), table, codes, pca, manifest);
        File.WriteAllLines(Path.Combine(outDir, "reconstruction.csv"),
        [
            "variable,mse,variance,explained",
            .. errors.Select(e => $"{e.Variable},{N(e.Mse)},{N(e.Variance)},{N(1 - (e.Mse / e.Variance))}"),
        ]);

        var names = manifest.Targets.Select(t => $"{t.KoreanName} {t.ScientificName}").ToList();
        var densities = table.Rows.Select(r => r.Densities).ToList();
        File.WriteAllText(Path.Combine(outDir, "latent-map.svg"), LatentMapSvg.Draw(codes, names, densities));
        File.WriteAllBytes(Path.Combine(outDir, "latent-map.png"), LatentMapPng.Draw(codes, names, densities));

        runtime.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"latent map of {table.Rows.Count} surveys: trustworthiness (k = {Neighbours}) {latentTrust:0.000} "
            + $"for the {manifest.Plugin} code, {pcaTrust:0.000} for a 2-D PCA of the same data"));
        runtime.Out.WriteLine("reconstruction  " + string.Join("  ", errors.Select(e =>
            string.Create(CultureInfo.InvariantCulture, $"{e.Variable} {1 - (e.Mse / e.Variance):0.00}"))));
        runtime.Out.WriteLine(
            "latent.csv, reconstruction.csv, latent-map.svg and latent-map.png written to "
            + Path.GetFullPath(outDir));
    }

    private static ILatentModel Latent(ITrainedModel loaded, string modelPath, string plugin)
    {
        if (loaded is not ILatentModel latent)
        {
            throw new PipelineException(
                $"{modelPath}: the {plugin} model has no decoder, so it has no latent map; "
                + "train autoencoder, sae or dae instead");
        }

        if (latent.LatentSize != 2)
        {
            throw new PipelineException(
                $"{modelPath}: the {plugin} model has a latent code of {latent.LatentSize} dimensions; for a 2-D map "
                + "train one with --set latent=2 (autoencoder) or --set layers=16,8,2 (sae, dae)");
        }

        return latent;
    }

    private static List<(string Variable, double Mse, double Variance)> ReconstructionErrors(
        ILatentModel model, double[][] features, IReadOnlyList<string> names)
    {
        var reconstructed = model.Reconstruct(features);
        var errors = new List<(string, double, double)>();

        for (var c = 0; c < names.Count; c++)
        {
            var present = Enumerable.Range(0, features.Length).Where(i => double.IsFinite(features[i][c])).ToArray();
            var mean = present.Average(i => features[i][c]);
            var variance = present.Sum(i => Math.Pow(features[i][c] - mean, 2)) / present.Length;
            var mse = present.Average(i => Math.Pow(features[i][c] - reconstructed[i][c], 2));

            errors.Add((names[c], mse, variance));
        }

        return errors;
    }

    private static void WriteCoordinates(
        string path, TrainingTable table, double[][] codes, double[][] pca, ModelManifest manifest)
    {
        var header = "reach,reach_name,year,round,latent_1,latent_2,pca_1,pca_2,"
            + string.Join(',', manifest.Targets.Select(t => "density_" + t.Key.Replace(' ', '_')));

        var lines = table.Rows.Select((row, i) => string.Join(
            ',',
            [
                row.Survey.ReachCode, row.ReachName, $"{row.Survey.Year}", $"{row.Survey.Round}",
                N(codes[i][0]), N(codes[i][1]), N(pca[i][0]), N(pca[i][1]),
                .. row.Densities.Select(d => d is { } v ? N(v) : ""),
            ]));

        File.WriteAllLines(path, [header, .. lines]);
    }

    private static string N(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
