using AlienFish.Abstractions;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Training;

namespace AlienFish.Core.Tests;

/// <summary>Presence skill in cross-validation is scored on the presence head alone.</summary>
public sealed class PresenceAucTests
{
    // Survey i has the one feature i. Observed presence, the presence head's p(present) and the
    // prediction p × density of a zero-inflated model, chosen so that the two rank surveys apart.
    private static readonly bool[] Present =
        [true, false, true, true, false, false, true, false, true, false, false, true, false, true];

    private static readonly double[] Chance =
        [0.9, 0.2, 0.4, 0.7, 0.6, 0.3, 0.65, 0.5, 0.55, 0.65, 0.35, 0.8, 0.5, 0.3];

    private static readonly double[] Prediction =
        [0.01, 0.3, 0.02, 0.5, 0.2, 0.1, 0.03, 0.4, 0.05, 0.2, 0.6, 0.02, 0.1, 0.05];

    // Even surveys are held out in fold 1, odd ones in fold 2.
    private static readonly FoldAssignment Alternate =
        new("alternate", 2, [.. Enumerable.Range(0, Present.Length).Select(i => i % 2)]);

    [Fact]
    public void Should_score_auc_on_the_presence_probability_of_a_model_with_a_presence_head()
    {
        // Given a model with a presence head
        IModel model = new FixedModel(withPresenceHead: true);

        // When it is cross-validated
        var scores = ModelComparison.Run([model], Table(), [Alternate], PluginSettings.Empty, 1, null, default);

        // Then the AUC is that of p(present), as scikit-learn 1.2.1 computes it:
        // roc_auc_score(present[0::2], chance[0::2]) = 0.75 and
        // roc_auc_score(present[1::2], chance[1::2]) = 0.7916666666666666,
        // where scoring the prediction would give 0.0 and 0.3333333333333333.
        Assert.Equal([0.75, 0.7916666666666666], scores.Select(s => s.Auc), new Tolerance(1e-12));
        Assert.All(scores, s => Assert.True(s.AucFromPresence));
    }

    [Fact]
    public void Should_score_auc_on_the_prediction_of_a_model_without_a_presence_head()
    {
        // Given a model that predicts a density only
        IModel model = new FixedModel(withPresenceHead: false);

        // When it is cross-validated
        var scores = ModelComparison.Run([model], Table(), [Alternate], PluginSettings.Empty, 1, null, default);

        // Then the AUC ranks surveys by the prediction, as scikit-learn 1.2.1 computes it:
        // roc_auc_score(present[0::2], prediction[0::2]) = 0.0 and
        // roc_auc_score(present[1::2], prediction[1::2]) = 0.3333333333333333.
        Assert.Equal([0.0, 0.3333333333333333], scores.Select(s => s.Auc), new Tolerance(1e-12));
        Assert.All(scores, s => Assert.False(s.AucFromPresence));
        Assert.Equal(
            "AUC scores the predicted log(1 + density) for fixed (no presence head)",
            ComparisonTable.AucNote(scores));
    }

    [Fact]
    public void Should_say_which_models_auc_comes_from_a_presence_head()
    {
        var scores = new[]
        {
            Score("sae", fromPresence: true),
            Score("mean", fromPresence: false),
            Score("mlp", fromPresence: true),
        };

        Assert.Equal(
            "AUC scores the presence head's p(present) for sae, mlp; "
            + "the predicted log(1 + density) for mean (no presence head)",
            ComparisonTable.AucNote(scores));
    }

    private static FoldScore Score(string model, bool fromPresence) =>
        new(model, "k-fold (2)", 0, "Lepomis macrochirus", 10, 0.5, 1, 1, 0, 0, fromPresence);

    private static TrainingTable Table()
    {
        var species = new Species("Lepomis macrochirus", "Lepomis macrochirus", "블루길", SpeciesStatus.Alien);
        var rows = Present
            .Select((present, i) => new TrainingRow(
                new SurveyKey("fish", $"R{i}", 2016, 1), $"reach {i}", [i], [present ? 0.5 : 0]))
            .ToList();

        return new TrainingTable(["row"], [species], rows, [], []);
    }

    private sealed class Tolerance(double epsilon) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= epsilon;

        public int GetHashCode(double obj) => 0;
    }

    /// <summary>Gives each survey its fixed numbers above, whatever it was trained on.</summary>
    private sealed class FixedModel(bool withPresenceHead) : IModel
    {
        public string Name => "fixed";

        public string Description => "fixed numbers per survey";

        public PluginKind Kind => PluginKind.Model;

        public string Version => "1";

        public ITrainedModel Train(
            TrainingData data, PluginSettings settings, IProgress<TrainingEpoch>? progress, CancellationToken token) =>
            withPresenceHead ? new WithPresence() : new WithoutPresence();

        public ITrainedModel Load(Stream payload) => throw new NotSupportedException("a test model is not loaded");
    }

    private class WithoutPresence : ITrainedModel
    {
        public IReadOnlyList<string> FeatureNames { get; } = ["row"];

        public IReadOnlyList<string> TargetNames { get; } = ["Lepomis macrochirus"];

        public IReadOnlyList<double> LossHistory { get; } = [];

        public double[][] Predict(double[][] features) =>
            [.. features.Select(row => new[] { Prediction[(int)row[0]] })];

        public void Save(Stream payload) => throw new NotSupportedException("a test model is not saved");

        public void Dispose()
        {
        }
    }

    private sealed class WithPresence : WithoutPresence, IPresenceModel
    {
        public double[][] PredictPresence(double[][] features) =>
            [.. features.Select(row => new[] { Chance[(int)row[0]] })];
    }
}
