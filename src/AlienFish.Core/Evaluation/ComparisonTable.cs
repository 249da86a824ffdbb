using System.Globalization;
using System.Text;

namespace AlienFish.Core.Evaluation;

/// <summary>
/// One line per scheme and model: each metric averaged over species, then its mean and
/// standard deviation over folds. A metric that is undefined for a fold (AUC where the
/// held-out surveys all caught, or all missed, a species) is left out of that fold's average.
/// </summary>
public static class ComparisonTable
{
    private static readonly (string Name, Func<FoldScore, double> Value)[] Columns =
    [
        ("AUC", s => s.Auc),
        ("RMSE", s => s.Rmse),
        ("MAE", s => s.Mae),
        ("R²", s => s.RSquared),
        ("Spearman", s => s.Spearman),
    ];

    public static string Format(IReadOnlyList<FoldScore> scores)
    {
        var rows = scores
            .GroupBy(s => (s.Scheme, s.Model))
            .Select(g => (g.Key.Scheme, g.Key.Model, Cells: Columns.Select(c => Cell(g, c.Value)).ToList()))
            .ToList();

        var schemeWidth = Math.Max(6, rows.Max(r => r.Scheme.Length));
        var modelWidth = Math.Max(5, rows.Max(r => r.Model.Length));
        var text = new StringBuilder();

        text.Append("scheme".PadRight(schemeWidth)).Append("  ").Append("model".PadRight(modelWidth));
        foreach (var (name, _) in Columns)
        {
            text.Append("  ").Append(name.PadRight(17));
        }

        text.AppendLine();

        foreach (var (scheme, model, cells) in rows)
        {
            text.Append(scheme.PadRight(schemeWidth)).Append("  ").Append(model.PadRight(modelWidth));
            foreach (var cell in cells)
            {
                text.Append("  ").Append(cell.PadRight(17));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    /// <summary>
    /// One line saying what each model's AUC was scored on: the presence head's probability, or,
    /// for models without one, the predicted log(1 + density).
    /// </summary>
    public static string AucNote(IReadOnlyList<FoldScore> scores)
    {
        var models = scores.GroupBy(s => s.Model).ToList();
        var presence = models.Where(g => g.All(s => s.AucFromPresence)).Select(g => g.Key).ToList();
        var prediction = models.Where(g => !g.All(s => s.AucFromPresence)).Select(g => g.Key).ToList();
        var parts = new List<string>();

        if (presence.Count > 0)
        {
            parts.Add($"the presence head's p(present) for {string.Join(", ", presence)}");
        }

        if (prediction.Count > 0)
        {
            parts.Add($"the predicted log(1 + density) for {string.Join(", ", prediction)} (no presence head)");
        }

        return $"AUC scores {string.Join("; ", parts)}";
    }

    private static string Cell(IEnumerable<FoldScore> scores, Func<FoldScore, double> value)
    {
        var perFold = scores
            .GroupBy(s => s.Fold)
            .Select(f => f.Select(value).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average())
            .Where(double.IsFinite)
            .ToList();

        if (perFold.Count == 0)
        {
            return "n/a";
        }

        var mean = perFold.Average();
        var sd = perFold.Count > 1
            ? Math.Sqrt(perFold.Sum(v => (v - mean) * (v - mean)) / (perFold.Count - 1))
            : 0;

        return string.Create(CultureInfo.InvariantCulture, $"{Number(mean)} ± {Number(sd)}");
    }

    private static string Number(double value) =>
        Math.Abs(value) >= 0.01 || value == 0
            ? value.ToString("0.000", CultureInfo.InvariantCulture)
            : value.ToString("0.00e0", CultureInfo.InvariantCulture);
}
