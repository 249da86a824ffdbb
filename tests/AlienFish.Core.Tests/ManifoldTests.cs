using AlienFish.Core.Evaluation;

namespace AlienFish.Core.Tests;

/// <summary>
/// Expected values were computed with scikit-learn 1.2 (<c>sklearn.manifold.trustworthiness</c>,
/// <c>sklearn.decomposition.PCA</c> on the same standardised table) for these fixed points.
/// </summary>
public sealed class ManifoldTests
{
    private static readonly double[][] Points =
    [
        [0.001, 0.299, -0.274], [-0.891, -0.455, -0.992], [0.06, 1.34, -0.492], [-0.62, 0.49, 0.357],
        [0.105, -0.93, -0.029], [0.695, -1.344, -0.458], [-1.901, -1.29, -1.842], [-0.235, -1.267, 0.271],
        [0.157, -0.187, -2.517], [-0.539, -0.049, 0.113], [-1.53, -0.478, -0.979], [-0.809, 1.061, -0.808],
        [-0.033, 0.884, -0.584], [-0.112, 0.11, 0.064],
    ];

    private static readonly double[][] Embedding =
    [
        [-0.979, 0.096], [-0.83, 0.306], [1.147, 1.821], [-1.858, -0.296], [0.793, -0.302], [0.79, -1.043],
        [-2.414, -0.543], [1.365, -1.583], [0.767, -0.557], [-1.498, -0.181], [-1.47, 0.48], [-0.348, 1.447],
        [-0.184, -0.617], [0.434, -0.581],
    ];

    [Fact]
    public void Should_measure_trustworthiness_as_scikit_learn_does()
    {
        Assert.Equal(0.6243386243386244, Trustworthiness.Compute(Points, Embedding, k: 3), 12);
    }

    [Fact]
    public void Should_find_an_embedding_that_keeps_every_neighbourhood_fully_trustworthy()
    {
        Assert.Equal(1.0, Trustworthiness.Compute(Points, Points, k: 3), 12);
    }

    [Fact]
    public void Should_project_on_the_principal_components_of_the_standardised_table()
    {
        var standardised = PrincipalComponents.Standardise(Points);

        var scores = PrincipalComponents.Scores(standardised, 2);

        // The sign of a component is arbitrary, so compare magnitudes and the component variances.
        Assert.Equal(0.8169864632477248, Math.Abs(scores[0][0]), 9);
        Assert.Equal(0.16273371835380887, Math.Abs(scores[0][1]), 9);
        Assert.Equal(0.9223159814353488, Math.Abs(scores[1][0]), 9);
        Assert.Equal(1.3669543123353303, Variance(scores.Select(s => s[0])), 9);
        Assert.Equal(0.9237679486210032, Variance(scores.Select(s => s[1])), 9);
        Assert.Equal(0.9153439153439153, Trustworthiness.Compute(standardised, scores, k: 3), 12);
    }

    [Fact]
    public void Should_draw_one_panel_per_species_and_a_point_per_survey()
    {
        var densities = Embedding.Select((_, i) => new double?[] { i % 3 == 0 ? 0.01 : 0, null }).ToList();

        var svg = LatentMapSvg.Draw(Embedding, ["블루길", "큰입배스"], densities);

        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
        Assert.Equal(2 * Embedding.Length, svg.Split("<circle").Length - 1);
        Assert.Contains(">블루길</text>", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#cccccc\"", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#08306b\"", svg, StringComparison.Ordinal);
    }

    private static double Variance(IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        return list.Sum(v => (v - mean) * (v - mean)) / (list.Count - 1);
    }
}
