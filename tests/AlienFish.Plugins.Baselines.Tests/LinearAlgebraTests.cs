namespace AlienFish.Plugins.Baselines.Tests;

/// <summary>The Jacobi eigen-decomposition and the Cholesky solve against known answers.</summary>
public sealed class LinearAlgebraTests
{
    [Fact]
    public void Eigen_decomposition_of_a_two_by_two_gives_its_known_values_and_axes()
    {
        var eigen = SymmetricEigen.Of(new double[,] { { 2, 1 }, { 1, 2 } });

        var half = Math.Sqrt(0.5);
        Assert.Equal([3, 1], eigen.Values, new ToleranceComparer(1e-12));
        Assert.Equal([half, half], eigen.Vectors[0], new ToleranceComparer(1e-12));
        Assert.Equal(1, Math.Abs(eigen.Vectors[1][0] - eigen.Vectors[1][1]) / 2 / half, 12);
    }

    [Fact]
    public void Eigen_decomposition_rebuilds_a_random_symmetric_matrix_from_orthonormal_axes()
    {
        var random = new Random(8);
        const int n = 7;
        var matrix = new double[n, n];

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                matrix[i, j] = matrix[j, i] = (random.NextDouble() * 2) - 1;
            }
        }

        var eigen = SymmetricEigen.Of(matrix);

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var rebuilt = Enumerable.Range(0, n)
                    .Sum(k => eigen.Values[k] * eigen.Vectors[k][i] * eigen.Vectors[k][j]);
                var dot = Enumerable.Range(0, n).Sum(k => eigen.Vectors[i][k] * eigen.Vectors[j][k]);
                Assert.Equal(matrix[i, j], rebuilt, 10);
                Assert.Equal(i == j ? 1 : 0, dot, 10);
            }
        }

        Assert.Equal(eigen.Values.OrderByDescending(v => v), eigen.Values);
    }

    [Fact]
    public void Cholesky_solves_a_positive_definite_system()
    {
        var matrix = new double[,] { { 4, 2, 0.4 }, { 2, 5, 1 }, { 0.4, 1, 3 } };
        double[] x = [1, -2, 0.5];
        double[] b = [.. Enumerable.Range(0, 3).Select(i => Enumerable.Range(0, 3).Sum(j => matrix[i, j] * x[j]))];

        var solved = CholeskyFactor.TryFactor(matrix)!.Solve(b);

        Assert.Equal(x, solved, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Cholesky_refuses_a_singular_matrix()
    {
        Assert.Null(CholeskyFactor.TryFactor(new double[,] { { 1, 1 }, { 1, 1 } }));
    }
}
