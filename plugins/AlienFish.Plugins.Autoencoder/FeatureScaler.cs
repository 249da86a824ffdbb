namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Per-column standardisation fitted on training rows only: (x - mean) / deviation. A missing
/// value (NaN) becomes 0, the training mean, so the network never sees NaN. A column that is
/// constant or entirely missing gets deviation 1 so it scales to a finite value.
/// </summary>
internal sealed class FeatureScaler
{
    public FeatureScaler(IReadOnlyList<double> means, IReadOnlyList<double> deviations)
    {
        if (means.Count != deviations.Count)
        {
            throw new ArgumentException(
                $"{means.Count} means but {deviations.Count} deviations", nameof(deviations));
        }

        Means = [.. means];
        Deviations = [.. deviations];
    }

    public IReadOnlyList<double> Means { get; }

    public IReadOnlyList<double> Deviations { get; }

    public int Columns => Means.Count;

    public static FeatureScaler Fit(double[][] rows, int columns)
    {
        var means = new double[columns];
        var deviations = new double[columns];

        for (var column = 0; column < columns; column++)
        {
            var present = rows.Select(row => row[column]).Where(v => !double.IsNaN(v)).ToArray();
            var mean = present.Length > 0 ? present.Average() : 0;
            var variance = present.Length > 1
                ? present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1)
                : 0;

            means[column] = mean;
            deviations[column] = variance > 1e-24 ? Math.Sqrt(variance) : 1;
        }

        return new FeatureScaler(means, deviations);
    }

    /// <summary>Row-major scaled values, NaN replaced by 0.</summary>
    public float[] Scale(double[][] rows)
    {
        var scaled = new float[rows.Length * Columns];

        for (var row = 0; row < rows.Length; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                var value = rows[row][column];
                var standard = double.IsNaN(value) ? 0 : (value - Means[column]) / Deviations[column];
                scaled[(row * Columns) + column] = (float)standard;
            }
        }

        return scaled;
    }

    /// <summary>Row-major 1 where a value is present, 0 where it is missing (NaN).</summary>
    public static float[] PresenceMask(double[][] rows, int columns)
    {
        var mask = new float[rows.Length * columns];

        for (var row = 0; row < rows.Length; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                mask[(row * columns) + column] = double.IsNaN(rows[row][column]) ? 0 : 1;
            }
        }

        return mask;
    }

    /// <summary>Back from the scaled, row-major values to one row per input row.</summary>
    public double[][] Unscale(float[] scaled)
    {
        var rows = new double[scaled.Length / Columns][];

        for (var row = 0; row < rows.Length; row++)
        {
            rows[row] = new double[Columns];

            for (var column = 0; column < Columns; column++)
            {
                var standard = (double)scaled[(row * Columns) + column];
                rows[row][column] = (standard * Deviations[column]) + Means[column];
            }
        }

        return rows;
    }
}
