namespace AlienFish.Plugins.Baselines;

/// <summary>
/// Eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method: plane
/// rotations that zero one off-diagonal entry at a time, swept until the off-diagonal part is
/// negligible. Exact enough and fast for the few dozen water-quality variables a survey table
/// has. Results come sorted by eigenvalue, largest first; each eigenvector's sign is fixed so
/// that its largest-magnitude entry is positive, so the same matrix always gives the same
/// vectors.
/// </summary>
internal sealed class SymmetricEigen
{
    private const int MaxSweeps = 100;

    private SymmetricEigen(double[] values, double[][] vectors)
    {
        Values = values;
        Vectors = vectors;
    }

    /// <summary>Eigenvalues, largest first.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Unit eigenvectors, <c>Vectors[k]</c> belonging to <c>Values[k]</c>.</summary>
    public IReadOnlyList<double[]> Vectors { get; }

    public static SymmetricEigen Of(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        CheckSymmetric(matrix, n);

        var a = (double[,])matrix.Clone();
        var v = Identity(n);

        for (var sweep = 0; sweep < MaxSweeps && OffDiagonal(a, n) > 1e-22 * (1 + Diagonal(a, n)); sweep++)
        {
            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    Rotate(a, v, n, p, q);
                }
            }
        }

        return Sorted(a, v, n);
    }

    /// <summary>Zeroes a[p, q] with the rotation that also updates the eigenvector columns.</summary>
    private static void Rotate(double[,] a, double[,] v, int n, int p, int q)
    {
        if (a[p, q] == 0)
        {
            return;
        }

        var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = t * c;

        for (var k = 0; k < n; k++)
        {
            var akp = a[k, p];
            var akq = a[k, q];
            a[k, p] = (c * akp) - (s * akq);
            a[k, q] = (s * akp) + (c * akq);
        }

        for (var k = 0; k < n; k++)
        {
            var apk = a[p, k];
            var aqk = a[q, k];
            a[p, k] = (c * apk) - (s * aqk);
            a[q, k] = (s * apk) + (c * aqk);
        }

        for (var k = 0; k < n; k++)
        {
            var vkp = v[k, p];
            var vkq = v[k, q];
            v[k, p] = (c * vkp) - (s * vkq);
            v[k, q] = (s * vkp) + (c * vkq);
        }
    }

    private static SymmetricEigen Sorted(double[,] a, double[,] v, int n)
    {
        var order = Enumerable.Range(0, n).OrderByDescending(k => a[k, k]).ThenBy(k => k).ToArray();
        var values = order.Select(k => a[k, k]).ToArray();
        var vectors = order.Select(k => Column(v, n, k)).ToArray();

        foreach (var vector in vectors)
        {
            var largest = vector.MaxBy(Math.Abs);

            for (var i = 0; i < n && largest < 0; i++)
            {
                vector[i] = -vector[i];
            }
        }

        return new SymmetricEigen(values, vectors);
    }

    private static double[] Column(double[,] v, int n, int k) =>
        [.. Enumerable.Range(0, n).Select(i => v[i, k])];

    private static double[,] Identity(int n)
    {
        var identity = new double[n, n];

        for (var i = 0; i < n; i++)
        {
            identity[i, i] = 1;
        }

        return identity;
    }

    private static double OffDiagonal(double[,] a, int n)
    {
        var sum = 0.0;

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                sum += i == j ? 0 : a[i, j] * a[i, j];
            }
        }

        return sum;
    }

    private static double Diagonal(double[,] a, int n) =>
        Enumerable.Range(0, n).Sum(i => a[i, i] * a[i, i]);

    private static void CheckSymmetric(double[,] matrix, int n)
    {
        if (matrix.GetLength(1) != n)
        {
            throw new ArgumentException($"the matrix is {n} by {matrix.GetLength(1)}, not square");
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var scale = Math.Max(1, Math.Max(Math.Abs(matrix[i, j]), Math.Abs(matrix[j, i])));

                if (Math.Abs(matrix[i, j] - matrix[j, i]) > 1e-12 * scale)
                {
                    throw new ArgumentException($"the matrix is not symmetric at ({i}, {j})");
                }
            }
        }
    }
}
