namespace AlienFish.Plugins.Baselines;

/// <summary>
/// Per-column standardisation fitted on training rows only: (x - mean) / deviation, with the
/// sample deviation over the measured values. A missing value (NaN) becomes 0, the training
/// mean. A column that is constant or entirely missing gets deviation 1.
/// </summary>
internal sealed class Standardiser
{
    public Standardiser(IReadOnlyList<double> means, IReadOnlyList<double> deviations)
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

    public static Standardiser Fit(double[][] rows, int columns)
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

        return new Standardiser(means, deviations);
    }

    /// <summary>The scaled rows, NaN replaced by 0.</summary>
    public double[][] Scale(double[][] rows) =>
        [.. rows.Select(row => row
            .Select((value, column) => double.IsNaN(value) ? 0 : (value - Means[column]) / Deviations[column])
            .ToArray())];
}
