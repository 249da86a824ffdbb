using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The linear decoders that the greedy pre-training of <c>sae</c> and <c>dae</c> fits, one per
/// encoder layer: decoder k maps the code of encoder layer k back to the input of that layer.
/// Applied from the last to the first, they decode the latent code back to the scaled input.
/// Fine-tuning trains the encoder and the heads but not these; afterwards the whole stack is
/// refitted to the fine-tuned encoder's code, the encoder frozen, so that it reconstructs
/// the input from the code that the heads read.
/// Parameters are named <c>decoder1.weight</c>, <c>decoder1.bias</c>, ...
/// </summary>
internal sealed class StackedDecoder : nn.Module<Tensor, Tensor>
{
    private readonly Linear[] _layers;

    public StackedDecoder(StackedShape shape)
        : base(nameof(StackedDecoder))
    {
        Shape = shape;
        _layers = [.. shape.Layers.Select((width, i) => nn.Linear(width, shape.WidthBelow(i)))];

        for (var i = 0; i < _layers.Length; i++)
        {
            register_module($"decoder{i + 1}", _layers[i]);
        }
    }

    public StackedShape Shape { get; }

    /// <summary>The decoder of encoder layer <paramref name="index"/> (0-based).</summary>
    public Linear Layer(int index) => _layers[index];

    /// <summary>
    /// The scaled input rows decoded from latent codes; the intermediate tensors belong to the
    /// caller's dispose scope.
    /// </summary>
    public override Tensor forward(Tensor code)
    {
        var decoded = code;

        for (var i = _layers.Length - 1; i >= 0; i--)
        {
            decoded = _layers[i].forward(decoded);
        }

        return decoded;
    }

    /// <summary>Parameters by name, in registration order: the order of the payload.</summary>
    public IReadOnlyList<(string Name, Tensor Value)> Parameters() =>
        [.. named_parameters().Select(pair => (pair.name, (Tensor)pair.parameter))];
}
