using TorchSharp;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>Between float32 matrices of the networks and the host's rows of doubles.</summary>
internal static class TensorRows
{
    /// <summary>One row of doubles per row of a two-dimensional float32 tensor.</summary>
    public static double[][] Of(Tensor matrix)
    {
        var width = checked((int)matrix.shape[1]);
        var values = matrix.data<float>().ToArray();
        var rows = new double[values.Length / width][];

        for (var row = 0; row < rows.Length; row++)
        {
            rows[row] = new double[width];

            for (var column = 0; column < width; column++)
            {
                rows[row][column] = values[(row * width) + column];
            }
        }

        return rows;
    }

    /// <summary>
    /// A float32 matrix of <paramref name="rows"/>, each of <paramref name="width"/> values; it
    /// belongs to the caller's dispose scope.
    /// </summary>
    public static Tensor From(double[][] rows, int width)
    {
        var values = new float[rows.Length * width];

        for (var row = 0; row < rows.Length; row++)
        {
            if (rows[row].Length != width)
            {
                throw new ArgumentException(
                    $"code row {row} has {rows[row].Length} values, but {width} are expected");
            }

            for (var column = 0; column < width; column++)
            {
                values[(row * width) + column] = (float)rows[row][column];
            }
        }

        return Matrix(values, rows.Length, width);
    }

    /// <summary>
    /// A float32 matrix of row-major <paramref name="values"/>, copied into torch's own aligned
    /// memory; it belongs to the caller's dispose scope. A tensor made straight from a managed
    /// array lies in that array, whose alignment changes from call to call, and with it the
    /// order in which the first layer sums: the same row would get a code that differs in its
    /// last bits from one call to the next.
    /// </summary>
    public static Tensor Matrix(float[] values, int rows, int columns)
    {
        using var managed = tensor(values, [rows, columns]);

        return managed.clone();
    }
}
