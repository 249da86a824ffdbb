using System.Globalization;
using System.Security.Cryptography;
using AlienFish.Abstractions;
using AlienFish.Core.Plugins;
using AlienFish.Core.Storage;
using AlienFish.Core.Training;
using CsvHelper;

namespace AlienFish.Core.Prediction;

/// <summary>Loads a model file through its plugin and predicts densities per survey and species.</summary>
public sealed class Predictor
{
    private readonly PluginCatalog _catalog;

    public Predictor(PluginCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <summary>Every survey of the store's latest match run, with its observed densities.</summary>
    public static PredictionInput FromStore(
        FishdensStore store, IReadOnlyList<string> features, IReadOnlyList<ModelTarget> targets)
    {
        var run = store.RequireLatestMatchRun();

        var table = new TrainingTableBuilder(store).Build(run.Id, features);
        var stored = table.Targets.Select(s => s.Key).ToList();
        var columns = targets.Select(t => stored.IndexOf(t.Key)).ToArray();

        // Observed densities only where the store knows every species the model predicts.
        var known = columns.All(c => c >= 0);
        var observed = table.Rows
            .Select(r => known && r.Densities.All(d => d is not null)
                ? columns.Select(c => r.Densities[c]).ToArray()
                : null)
            .ToList();

        return new PredictionInput(
            table.Rows.Select(r => r.Survey).ToList(),
            table.Rows.Select(r => r.ReachName).ToList(),
            table.Rows.Select(r => r.Features).ToArray(),
            observed);
    }

    public (ModelManifest Manifest, IReadOnlyList<PredictionRow> Rows) Predict(
        string modelPath, Func<ModelManifest, PredictionInput> input)
    {
        var (manifest, model) = Load(modelPath);

        using (model)
        {
            return (manifest, Predict(manifest, model, input(manifest)));
        }
    }

    /// <summary>
    /// Reads a model file and loads its payload through the model's plugin; the caller
    /// disposes the model. A payload whose features differ from the manifest's is refused.
    /// </summary>
    public (ModelManifest Manifest, ITrainedModel Model) Load(string modelPath)
    {
        var (manifest, payload) = ModelFile.Read(modelPath);
        var plugin = _catalog.Get<IModel>(manifest.Plugin, "model");

        using var stream = new MemoryStream(payload);
        var model = plugin.Load(stream);

        if (!model.FeatureNames.SequenceEqual(manifest.Features, StringComparer.Ordinal))
        {
            var expected = string.Join(",", model.FeatureNames);
            var listed = string.Join(",", manifest.Features);
            model.Dispose();

            throw new PipelineException(
                $"{modelPath}: the payload expects features {expected} but the manifest lists {listed}; "
                + "the file is damaged, train it again");
        }

        return (manifest, model);
    }

    /// <summary>A row per survey and species the model predicts, in the order of the input.</summary>
    public static IReadOnlyList<PredictionRow> Predict(
        ModelManifest manifest, ITrainedModel model, PredictionInput data)
    {
        var predicted = data.Features.Length == 0 ? [] : model.Predict(data.Features);
        var rows = new List<PredictionRow>();

        for (var i = 0; i < data.Surveys.Count; i++)
        {
            for (var t = 0; t < manifest.Targets.Count; t++)
            {
                var target = manifest.Targets[t];
                var density = TrainingTable.FromTarget(predicted[i][t]);
                rows.Add(new PredictionRow(
                    data.Surveys[i], data.ReachNames[i], target.Key, target.KoreanName,
                    density, data.Observed[i]?[t]));
            }
        }

        return rows;
    }

    /// <summary>Writes the predictions file; the file appears whole or not at all.</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<PredictionRow> rows)
    {
        var options = CsvWriterOptions.Default with { NewLine = "\n" };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        csv.WriteHeader(
        [
            "reach", "reach_name", "year", "round", "species", "korean_name", "density", "observed_density",
        ]);

        foreach (var row in rows)
        {
            csv.WriteRecord(
            [
                row.Survey.ReachCode,
                row.ReachName,
                row.Survey.Year.ToString(CultureInfo.InvariantCulture),
                row.Survey.Round.ToString(CultureInfo.InvariantCulture),
                row.SpeciesKey,
                row.KoreanName,
                row.Density.ToString("0.########", CultureInfo.InvariantCulture),
                row.Observed?.ToString("0.########", CultureInfo.InvariantCulture) ?? "",
            ]);
        }
    }

    public static void WriteCsvFile(string path, IReadOnlyList<PredictionRow> rows)
    {
        var temp = path + ".partial";

        using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
        {
            WriteCsv(writer, rows);
        }

        File.Move(temp, path, overwrite: true);
    }

    public static string FileHash(string path) =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
