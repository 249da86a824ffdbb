using TorchSharp;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The corruption a denoising model trains under: each input value is masked (set to 0, the
/// training mean after scaling) with chance <c>mask-rate</c>, and every value left unmasked
/// gets Gaussian noise of standard deviation <c>noise-sd</c>. The draws come from the
/// trainer's seeded generator, so the same seed corrupts the same values the same way.
/// </summary>
internal sealed class InputCorruption
{
    private readonly double _noiseSd;

    private readonly double _maskRate;

    private readonly Random _random;

    public InputCorruption(double noiseSd, double maskRate, Random random)
    {
        _noiseSd = noiseSd;
        _maskRate = maskRate;
        _random = random;
    }

    /// <summary>A corrupted copy of a [rows, columns] batch, in the caller's dispose scope.</summary>
    public Tensor Apply(Tensor clean)
    {
        var shape = clean.shape;
        var keep = new float[clean.numel()];
        var noise = new float[keep.Length];

        for (var i = 0; i < keep.Length; i++)
        {
            keep[i] = _random.NextDouble() < _maskRate ? 0 : 1;
            noise[i] = keep[i] * (float)(Gaussian() * _noiseSd);
        }

        return (clean * tensor(keep, shape, device: clean.device)) + tensor(noise, shape, device: clean.device);
    }

    /// <summary>A standard normal draw by the Box-Muller transform.</summary>
    private double Gaussian()
    {
        var radius = Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble()));

        return radius * Math.Cos(2 * Math.PI * _random.NextDouble());
    }
}
