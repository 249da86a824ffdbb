using AlienFish.Abstractions;

namespace AlienFish.Plugins.Baselines;

/// <summary>
/// Checks a training table before fitting, with messages that name the row and column at
/// fault, and checks rows given to a fitted model for prediction. The wording matches the
/// autoencoder plugin's, so every model reports the same problem the same way.
/// </summary>
internal static class TableGuard
{
    public static void Check(TrainingData data)
    {
        ArgumentNullException.ThrowIfNull(data);

        if (data.FeatureNames.Count == 0)
        {
            throw new ArgumentException("training data has no feature columns");
        }

        if (data.TargetNames.Count == 0)
        {
            throw new ArgumentException("training data has no target columns");
        }

        if (data.Features.Length == 0)
        {
            throw new ArgumentException("training data has no rows");
        }

        if (data.Targets.Length != data.Features.Length)
        {
            throw new ArgumentException(
                $"training data has {data.Features.Length} feature rows but "
                + $"{data.Targets.Length} target rows; give one target row per feature row");
        }

        CheckFeatures(data.Features, data.FeatureNames, "training");
        CheckTargets(data.Targets, data.TargetNames);
    }

    /// <summary>Rows must match the features the model learned from, in count and order.</summary>
    public static void CheckFeatures(double[][] rows, IReadOnlyList<string> names, string use)
    {
        ArgumentNullException.ThrowIfNull(rows);

        for (var row = 0; row < rows.Length; row++)
        {
            var values = rows[row];

            if (values is null || values.Length != names.Count)
            {
                throw new ArgumentException(
                    $"{use} feature row {row} has {values?.Length ?? 0} values, but "
                    + $"{names.Count} are expected, one per feature: {string.Join(", ", names)}");
            }

            for (var column = 0; column < values.Length; column++)
            {
                if (double.IsInfinity(values[column]))
                {
                    throw new ArgumentException(
                        $"{use} feature '{names[column]}' in row {row} is infinite; "
                        + "give NaN for a missing value");
                }
            }
        }
    }

    private static void CheckTargets(double[][] rows, IReadOnlyList<string> names)
    {
        for (var row = 0; row < rows.Length; row++)
        {
            var values = rows[row];

            if (values is null || values.Length != names.Count)
            {
                throw new ArgumentException(
                    $"training target row {row} has {values?.Length ?? 0} values, but "
                    + $"{names.Count} are expected, one per target: {string.Join(", ", names)}");
            }

            for (var column = 0; column < values.Length; column++)
            {
                if (!double.IsFinite(values[column]))
                {
                    throw new ArgumentException(
                        $"training target '{names[column]}' in row {row} is "
                        + (double.IsNaN(values[column]) ? "NaN" : "infinite")
                        + "; targets must be finite numbers");
                }
            }
        }
    }
}
