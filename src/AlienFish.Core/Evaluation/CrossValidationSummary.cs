namespace AlienFish.Core.Evaluation;

/// <summary>
/// A model's cross-validated skill, written into its model file: the mean over folds of
/// each metric averaged over species, on log(1 + density). NaN where a metric was never defined.
/// </summary>
public sealed record CrossValidationSummary(
    string Scheme, int Folds, double Auc, double Rmse, double Mae, double RSquared, double Spearman)
{
    public static CrossValidationSummary From(string scheme, int folds, IReadOnlyList<FoldScore> scores)
    {
        double Mean(Func<FoldScore, double> metric) => scores
            .GroupBy(s => s.Fold)
            .Select(f => f.Select(metric).Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average())
            .Where(double.IsFinite)
            .DefaultIfEmpty(double.NaN)
            .Average();

        return new CrossValidationSummary(
            scheme,
            folds,
            Mean(s => s.Auc),
            Mean(s => s.Rmse),
            Mean(s => s.Mae),
            Mean(s => s.RSquared),
            Mean(s => s.Spearman));
    }
}
