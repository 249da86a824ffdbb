namespace AlienFish.Core.Evaluation;

/// <summary>
/// Trustworthiness of an embedding (Venna and Kaski): how far the k nearest neighbours of
/// each point in the embedding are from being its neighbours in the original space.
/// 1 means every embedded neighbourhood is a true one; values fall as false neighbours
/// intrude. The same measure as scikit-learn's <c>trustworthiness</c>.
/// </summary>
public static class Trustworthiness
{
    public static double Compute(double[][] original, double[][] embedded, int k)
    {
        var n = original.Length;

        if (n < (2 * k) + 2)
        {
            throw new PipelineException($"trustworthiness with k = {k} needs at least {(2 * k) + 2} surveys, not {n}");
        }

        var penalty = 0.0;

        for (var i = 0; i < n; i++)
        {
            var originalRank = RankFrom(original, i);
            var embeddedOrder = OrderFrom(embedded, i);

            foreach (var j in embeddedOrder.Take(k))
            {
                penalty += Math.Max(0, originalRank[j] - k);
            }
        }

        return 1 - (2.0 / (n * k * ((2.0 * n) - (3.0 * k) - 1)) * penalty);
    }

    /// <summary>Rank of every other point by distance from point <paramref name="i"/>: nearest is 1.</summary>
    private static int[] RankFrom(double[][] points, int i)
    {
        var ranks = new int[points.Length];
        var order = OrderFrom(points, i);

        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r + 1;
        }

        return ranks;
    }

    /// <summary>The other points, nearest first; ties by index so the result is deterministic.</summary>
    private static int[] OrderFrom(double[][] points, int i) =>
        Enumerable.Range(0, points.Length)
            .Where(j => j != i)
            .OrderBy(j => SquaredDistance(points[i], points[j]))
            .ThenBy(j => j)
            .ToArray();

    private static double SquaredDistance(double[] a, double[] b) => a.Zip(b, (x, y) => (x - y) * (x - y)).Sum();
}
