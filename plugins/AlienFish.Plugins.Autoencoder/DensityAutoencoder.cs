using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The network: an encoder from the scaled water quality to a small latent code, a decoder
/// from the code back to the input (the autoencoder part) and a head from the code to the
/// scaled targets. Both outputs come from one forward pass so that the reconstruction loss
/// shapes the same code the head reads.
/// </summary>
internal sealed class DensityAutoencoder
    : nn.Module<Tensor, (Tensor Reconstruction, Tensor Prediction)>
{
    private readonly nn.Module<Tensor, Tensor> _encoder;

    private readonly nn.Module<Tensor, Tensor> _decoder;

    private readonly nn.Module<Tensor, Tensor> _head;

    private readonly Linear[] _layers;

    public DensityAutoencoder(NetworkShape shape)
        : base(nameof(DensityAutoencoder))
    {
        Shape = shape;

        var encoderIn = nn.Linear(shape.Inputs, shape.Hidden);
        var encoderOut = nn.Linear(shape.Hidden, shape.Latent);
        var decoderIn = nn.Linear(shape.Latent, shape.Hidden);
        var decoderOut = nn.Linear(shape.Hidden, shape.Inputs);
        var headIn = nn.Linear(shape.Latent, shape.Hidden);
        var headOut = nn.Linear(shape.Hidden, shape.Targets);
        _layers = [encoderIn, encoderOut, decoderIn, decoderOut, headIn, headOut];

        // The code stays linear: a squashing activation there would cap what the head sees.
        _encoder = nn.Sequential(("hidden", encoderIn), ("tanh", nn.Tanh()), ("code", encoderOut));
        _decoder = nn.Sequential(("hidden", decoderIn), ("tanh", nn.Tanh()), ("output", decoderOut));
        _head = nn.Sequential(("hidden", headIn), ("tanh", nn.Tanh()), ("output", headOut));

        register_module("encoder", _encoder);
        register_module("decoder", _decoder);
        register_module("head", _head);
    }

    public NetworkShape Shape { get; }

    public override (Tensor Reconstruction, Tensor Prediction) forward(Tensor input)
    {
        using var code = Encode(input);

        return (Decode(code), Head(code));
    }

    /// <summary>The latent code of each scaled input row.</summary>
    public Tensor Encode(Tensor input) => _encoder.forward(input);

    /// <summary>The scaled input rows decoded back from their codes.</summary>
    public Tensor Decode(Tensor code) => _decoder.forward(code);

    /// <summary>The scaled targets the head reads from the codes.</summary>
    public Tensor Head(Tensor code) => _head.forward(code);

    /// <summary>
    /// Draws every weight and bias from U(-1/sqrt(fan-in), 1/sqrt(fan-in)), the default of a
    /// torch linear layer, but from <paramref name="random"/> rather than torch's process-wide
    /// generator: two models training at once in one process must not share draws.
    /// </summary>
    public void Initialise(Random random)
    {
        foreach (var layer in _layers)
        {
            SeededInitialiser.Fill(layer, random);
        }
    }

    /// <summary>Parameters by name, in registration order: the order of the payload.</summary>
    public IReadOnlyList<(string Name, Tensor Value)> Parameters() =>
        [.. named_parameters().Select(pair => (pair.name, (Tensor)pair.parameter))];
}
