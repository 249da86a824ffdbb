namespace AlienFish.Core.Evaluation;

/// <summary>
/// Principal components of a small table, for the 2-D view the latent map is compared
/// with: columns standardised (missing values at the column mean), then the eigenvectors of
/// the correlation matrix found by Jacobi rotations, largest eigenvalue first.
/// </summary>
public static class PrincipalComponents
{
    /// <summary>Each row's standardised values; missing values become 0, the mean.</summary>
    public static double[][] Standardise(double[][] rows)
    {
        var columns = rows[0].Length;
        var means = new double[columns];
        var sds = new double[columns];

        for (var c = 0; c < columns; c++)
        {
            var values = rows.Select(r => r[c]).Where(double.IsFinite).ToArray();
            means[c] = values.Length > 0 ? values.Average() : 0;
            var squares = values.Sum(v => (v - means[c]) * (v - means[c]));
            var variance = values.Length > 1 ? squares / (values.Length - 1) : 0;
            sds[c] = variance > 0 ? Math.Sqrt(variance) : 1;
        }

        return rows
            .Select(r => r.Select((v, c) => double.IsFinite(v) ? (v - means[c]) / sds[c] : 0).ToArray())
            .ToArray();
    }

    /// <summary>The scores of the standardised rows on the first <paramref name="count"/> components.</summary>
    public static double[][] Scores(double[][] standardised, int count)
    {
        var vectors = Components(standardised, count);

        return standardised
            .Select(row => vectors.Select(v => row.Zip(v, (a, b) => a * b).Sum()).ToArray())
            .ToArray();
    }

    private static double[][] Components(double[][] x, int count)
    {
        var p = x[0].Length;
        var covariance = new double[p, p];

        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                covariance[a, b] = x.Sum(row => row[a] * row[b]) / Math.Max(1, x.Length - 1);
            }
        }

        var (values, vectors) = Jacobi(covariance);

        return Enumerable.Range(0, p)
            .OrderByDescending(i => values[i])
            .Take(count)
            .Select(i => Enumerable.Range(0, p).Select(r => vectors[r, i]).ToArray())
            .Select(Orient)
            .ToArray();
    }

    /// <summary>Eigenvalues and eigenvectors (columns) of a symmetric matrix.</summary>
    private static (double[] Values, double[,] Vectors) Jacobi(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];

        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < 100 && OffDiagonal(a) > 1e-20; sweep++)
        {
            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    Rotate(a, v, p, q);
                }
            }
        }

        return (Enumerable.Range(0, n).Select(i => a[i, i]).ToArray(), v);
    }

    private static void Rotate(double[,] a, double[,] v, int p, int q)
    {
        if (Math.Abs(a[p, q]) < 1e-300)
        {
            return;
        }

        var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = t * c;
        var n = a.GetLength(0);

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

    private static double OffDiagonal(double[,] a)
    {
        var sum = 0.0;

        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                sum += i == j ? 0 : a[i, j] * a[i, j];
            }
        }

        return sum;
    }

    /// <summary>A component's sign is arbitrary; make its largest entry positive so runs agree.</summary>
    private static double[] Orient(double[] vector)
    {
        var largest = vector.MaxBy(Math.Abs);
        return largest < 0 ? vector.Select(x => -x).ToArray() : vector;
    }
}
