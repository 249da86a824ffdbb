using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The network of the stacked models: an encoder of tanh layers from the scaled water quality
/// to the latent code, and two linear heads that read the code. The presence head gives, per
/// species, the logit of the chance that the species is present at all; the density head gives
/// the scaled log(1 + density) where it is present. Parameters are named
/// <c>encoder1.weight</c>, ..., <c>presence.bias</c>, <c>density.bias</c>.
/// </summary>
internal sealed class StackedNetwork
    : nn.Module<Tensor, (Tensor PresenceLogits, Tensor Density)>
{
    private readonly Linear[] _encoder;

    private readonly Linear _presence;

    private readonly Linear _density;

    public StackedNetwork(StackedShape shape)
        : base(nameof(StackedNetwork))
    {
        if (shape.Layers.Count == 0)
        {
            throw new ArgumentException("a stacked network needs at least one encoder layer");
        }

        Shape = shape;
        _encoder = [.. shape.Layers.Select((width, i) => nn.Linear(shape.WidthBelow(i), width))];
        _presence = nn.Linear(shape.Latent, shape.Targets);
        _density = nn.Linear(shape.Latent, shape.Targets);

        for (var i = 0; i < _encoder.Length; i++)
        {
            register_module($"encoder{i + 1}", _encoder[i]);
        }

        register_module("presence", _presence);
        register_module("density", _density);
    }

    public StackedShape Shape { get; }

    public int Depth => _encoder.Length;

    /// <summary>Encoder layer <paramref name="index"/> (0-based), pre-trained on its own.</summary>
    public Linear EncoderLayer(int index) => _encoder[index];

    /// <summary>
    /// The codes after the first <paramref name="depth"/> encoder layers; the intermediate
    /// tensors belong to the caller's dispose scope.
    /// </summary>
    public Tensor Encode(Tensor input, int depth)
    {
        var code = input;

        for (var i = 0; i < depth; i++)
        {
            code = _encoder[i].forward(code).tanh();
        }

        return code;
    }

    public override (Tensor PresenceLogits, Tensor Density) forward(Tensor input) =>
        Heads(Encode(input, Depth));

    /// <summary>What the presence and density heads read from latent codes.</summary>
    public (Tensor PresenceLogits, Tensor Density) Heads(Tensor code) =>
        (_presence.forward(code), _density.forward(code));

    /// <summary>Seeded starting weights, encoder first, then the presence and density heads.</summary>
    public void Initialise(Random random)
    {
        foreach (var layer in _encoder.Append(_presence).Append(_density))
        {
            SeededInitialiser.Fill(layer, random);
        }
    }

    /// <summary>Parameters by name, in registration order: the order of the payload.</summary>
    public IReadOnlyList<(string Name, Tensor Value)> Parameters() =>
        [.. named_parameters().Select(pair => (pair.name, (Tensor)pair.parameter))];
}
