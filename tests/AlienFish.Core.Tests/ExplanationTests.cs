using AlienFish.Abstractions;
using AlienFish.Core.Evaluation;

namespace AlienFish.Core.Tests;

public sealed class ExplanationTests
{
    private static readonly double[][] Features =
        Enumerable.Range(0, 40).Select(i => new[] { i / 10.0, (i * 7 % 40) / 10.0 }).ToArray();

    [Fact]
    public void Should_give_a_variable_the_model_ignores_no_importance()
    {
        // Given a model whose target is half of the first variable and that ignores the second
        var model = new HalfOfFirst();
        var targets = Features.Select(row => new[] { 0.5 * row[0] }).ToArray();

        // When the variables are permuted
        var importance = PermutationImportance.Compute(model, Features, targets, repeats: 5, seed: 3);

        // Then the first matters and the second does not at all
        Assert.True(importance.Single(i => i.Variable == "DO").Increase > 0.1);
        Assert.Equal(0, importance.Single(i => i.Variable == "TP").Increase);
        Assert.All(importance, i => Assert.Equal(0, i.BaseRmse));
    }

    [Fact]
    public void Should_step_a_variable_between_its_5th_and_95th_percentile_with_others_at_the_median()
    {
        var model = new HalfOfFirst();

        var curve = ResponseCurves.Compute(model, Features, steps: 5).Where(p => p.Variable == "DO").ToList();

        // The first variable runs 0.0 .. 3.9: its 5th percentile is 0.195 and its 95th 3.705.
        Assert.Equal(5, curve.Count);
        Assert.Equal(0.195, curve[0].Value, 10);
        Assert.Equal(3.705, curve[^1].Value, 10);
        Assert.All(curve, p => Assert.Equal(Math.Exp(0.5 * p.Value) - 1, p.Density, 10));
        Assert.All(ResponseCurves.Compute(model, Features, 5).Where(p => p.Variable == "TP"),
            p => Assert.Equal(Math.Exp(0.5 * 1.95) - 1, p.Density, 10));
    }

    [Fact]
    public void Should_interpolate_quantiles_between_order_statistics_leaving_out_missing_values()
    {
        Assert.Equal(2.5, ResponseCurves.Quantile([4, 1, double.NaN, 3, 2], 0.5), 12);
        Assert.Equal(1.15, ResponseCurves.Quantile([1, 2, 3, 4], 0.05), 12);
    }

    private sealed class HalfOfFirst : ITrainedModel
    {
        public IReadOnlyList<string> FeatureNames { get; } = ["DO", "TP"];

        public IReadOnlyList<string> TargetNames { get; } = ["Lepomis macrochirus"];

        public IReadOnlyList<double> LossHistory { get; } = [];

        public double[][] Predict(double[][] features) => features.Select(row => new[] { 0.5 * row[0] }).ToArray();

        public void Save(Stream payload) => throw new NotSupportedException("a test model is not saved");

        public void Dispose()
        {
        }
    }
}
