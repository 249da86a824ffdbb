using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Gives a linear layer its starting weights from a seeded generator rather than from torch's
/// process-wide one: two models training at once in one process must not share draws, and
/// the same seed must give the same network on every run.
/// </summary>
internal static class SeededInitialiser
{
    /// <summary>
    /// Draws the weights, then the bias, from U(-1/sqrt(fan-in), 1/sqrt(fan-in)), the
    /// default range of a torch linear layer.
    /// </summary>
    public static void Fill(Linear layer, Random random)
    {
        using var noGrad = no_grad();

        var bound = 1.0 / Math.Sqrt(layer.in_features);
        Fill(layer.weight!, random, bound);
        Fill(layer.bias!, random, bound);
    }

    private static void Fill(Tensor parameter, Random random, double bound)
    {
        var values = new float[parameter.numel()];

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)(((random.NextDouble() * 2) - 1) * bound);
        }

        using var source = tensor(values, parameter.shape);
        parameter.copy_(source);
    }
}
