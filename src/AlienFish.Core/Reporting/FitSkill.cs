using AlienFish.Core.Evaluation;
using AlienFish.Core.Training;

namespace AlienFish.Core.Reporting;

/// <summary>
/// The skill of a model on the surveys of one plot, on log(1 + density), measured as the
/// cross-validation measures it.
/// </summary>
internal sealed record FitSkill(double Rmse, double RSquared, double Spearman, double Auc)
{
    public static FitSkill Of(SpeciesFit fit)
    {
        if (fit.Points.Count == 0)
        {
            return new FitSkill(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var observed = fit.Points.Select(p => TrainingTable.ToTarget(p.Observed)).ToList();
        var predicted = fit.Points.Select(p => TrainingTable.ToTarget(p.Predicted)).ToList();

        return new FitSkill(
            Metrics.Rmse(observed, predicted),
            Metrics.RSquared(observed, predicted),
            Metrics.Spearman(observed, predicted),
            Metrics.Auc(fit.Points.Select(p => p.Observed > 0).ToList(), predicted));
    }
}
