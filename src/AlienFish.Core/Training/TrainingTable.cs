using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AlienFish.Abstractions;

namespace AlienFish.Core.Training;

/// <summary>
/// Matched surveys turned into features and density targets. Rows without a usable target
/// stay here (they can still be predicted) and are listed in <see cref="Excluded"/> with why.
/// </summary>
public sealed record TrainingTable(
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<Species> Targets,
    IReadOnlyList<TrainingRow> Rows,
    IReadOnlyList<(SurveyKey Survey, string Reason)> Excluded,
    IReadOnlyList<string> DroppedFeatures)
{
    /// <summary>The rows with a density for every target.</summary>
    public IReadOnlyList<TrainingRow> Trainable =>
        Rows.Where(r => r.Densities.All(d => d is not null)).ToList();

    /// <summary>Targets on the model's scale: log(1 + individuals per m²).</summary>
    public static double ToTarget(double density) => Math.Log(1 + density);

    /// <summary>Back from the model's scale; never below zero.</summary>
    public static double FromTarget(double value) => Math.Max(0, Math.Exp(value) - 1);

    public TrainingData ToTrainingData(int seed)
    {
        var rows = Trainable;
        var features = rows.Select(r => (double[])r.Features.Clone()).ToArray();
        var targets = rows.Select(r => r.Densities.Select(d => ToTarget(d!.Value)).ToArray()).ToArray();

        return new TrainingData(FeatureNames, Targets.Select(t => t.Key).ToList(), features, targets, seed);
    }

    /// <summary>SHA-256 of the trainable rows as text, written into the model file.</summary>
    public string DataHash()
    {
        var text = new StringBuilder();
        text.AppendJoin(',', FeatureNames).Append('|');
        text.AppendJoin(',', Targets.Select(t => t.Key)).Append('\n');

        foreach (var row in Trainable)
        {
            var features = row.Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture));
            var densities = row.Densities.Select(d => d!.Value.ToString("R", CultureInfo.InvariantCulture));

            text.Append(row.Survey).Append(';');
            text.AppendJoin(',', features).Append(';');
            text.AppendJoin(',', densities).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
