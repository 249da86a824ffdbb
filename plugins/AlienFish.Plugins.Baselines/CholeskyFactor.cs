namespace AlienFish.Plugins.Baselines;

/// <summary>
/// The Cholesky factor L of a symmetric positive definite matrix A = L Lᵀ, factored once and
/// then used to solve A x = b for as many right-hand sides as needed, by forward and back
/// substitution.
/// </summary>
internal sealed class CholeskyFactor
{
    private readonly double[,] _lower;

    private CholeskyFactor(double[,] lower)
    {
        _lower = lower;
    }

    public int Size => _lower.GetLength(0);

    /// <summary>The factor, or null when the matrix is not positive definite.</summary>
    public static CholeskyFactor? TryFactor(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var lower = new double[n, n];

        for (var j = 0; j < n; j++)
        {
            var diagonal = matrix[j, j];

            for (var k = 0; k < j; k++)
            {
                diagonal -= lower[j, k] * lower[j, k];
            }

            if (!(diagonal > 1e-12 * Math.Max(1, Math.Abs(matrix[j, j]))))
            {
                return null;
            }

            lower[j, j] = Math.Sqrt(diagonal);

            for (var i = j + 1; i < n; i++)
            {
                var sum = matrix[i, j];

                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                lower[i, j] = sum / lower[j, j];
            }
        }

        return new CholeskyFactor(lower);
    }

    /// <summary>The x with A x = <paramref name="right"/>.</summary>
    public double[] Solve(IReadOnlyList<double> right)
    {
        var n = Size;

        if (right.Count != n)
        {
            throw new ArgumentException($"the right-hand side has {right.Count} values, not {n}");
        }

        var y = new double[n];

        for (var i = 0; i < n; i++)
        {
            var sum = right[i];

            for (var k = 0; k < i; k++)
            {
                sum -= _lower[i, k] * y[k];
            }

            y[i] = sum / _lower[i, i];
        }

        var x = new double[n];

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];

            for (var k = i + 1; k < n; k++)
            {
                sum -= _lower[k, i] * x[k];
            }

            x[i] = sum / _lower[i, i];
        }

        return x;
    }
}
