using AlienFish.Core.Evaluation;

namespace AlienFish.Core.Tests;

public sealed class MetricsTests
{
    [Fact]
    public void Should_count_the_share_of_present_absent_pairs_ranked_right_as_the_auc()
    {
        // Pairs (present, absent): 0.9>0.1, 0.9>0.5, 0.4>0.1 right; 0.4<0.5 wrong: 3 of 4.
        var auc = Metrics.Auc([true, false, true, false], [0.9, 0.1, 0.4, 0.5]);

        Assert.Equal(0.75, auc, 12);
    }

    [Fact]
    public void Should_give_the_auc_that_scikit_learn_gives_with_ties_across_classes()
    {
        bool[] present = [true, false, true, true, false, false, true, false, true, false, false, true];
        double[] score = [0.8, 0.3, 0.55, 0.8, 0.55, 0.1, 0.35, 0.45, 0.7, 0.2, 0.8, 0.1];

        var auc = Metrics.Auc(present, score);

        // sklearn.metrics.roc_auc_score(present, score) with scikit-learn 1.2.1 gives
        // 0.6666666666666667 for these numbers.
        Assert.Equal(0.6666666666666667, auc, 12);
    }

    [Fact]
    public void Should_count_a_tie_between_present_and_absent_as_half()
    {
        Assert.Equal(0.5, Metrics.Auc([true, false], [0.5, 0.5]), 12);
    }

    [Fact]
    public void Should_give_no_auc_when_held_out_surveys_hold_only_absences()
    {
        Assert.True(double.IsNaN(Metrics.Auc([false, false], [0.1, 0.2])));
    }

    [Fact]
    public void Should_compute_spearman_from_rank_differences()
    {
        // Ranks differ by 0, 1, -1, 0: rho = 1 - 6 * 2 / (4 * (16 - 1)) = 0.8.
        Assert.Equal(0.8, Metrics.Spearman([1, 2, 3, 4], [1, 3, 2, 4]), 12);
    }

    [Fact]
    public void Should_give_tied_values_their_average_rank()
    {
        // Ranks 1.5, 1.5, 3 against 1, 2, 3: r = 1.5 / sqrt(1.5 * 2).
        Assert.Equal([1.5, 1.5, 3], Metrics.Ranks([1, 1, 2]));
        Assert.Equal(1.5 / Math.Sqrt(3), Metrics.Spearman([1, 1, 2], [1, 2, 3]), 12);
    }

    [Fact]
    public void Should_compute_rmse_mae_and_r_squared_by_their_definitions()
    {
        double[] observed = [1, 2, 3, 4];
        double[] predicted = [1, 2, 4, 2];

        // Errors 0, 0, 1, -2: SSE 5, SST 5 around the mean 2.5.
        Assert.Equal(Math.Sqrt(5 / 4.0), Metrics.Rmse(observed, predicted), 12);
        Assert.Equal(3 / 4.0, Metrics.Mae(observed, predicted), 12);
        Assert.Equal(0, Metrics.RSquared(observed, predicted), 12);
    }
}
