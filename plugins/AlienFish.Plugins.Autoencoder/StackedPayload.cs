using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using AlienFish.Abstractions;
using TorchSharp;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Writes and reads the payload of a trained stacked model (<c>sae</c>, <c>dae</c>, <c>mlp</c>):
/// the four ASCII bytes <c>FDSN</c>, the byte length of the header (int32, little-endian), the
/// header as UTF-8 JSON (<see cref="StackedPayloadHeader"/>), then each parameter's values as
/// float32 little-endian, row-major, in the header's order: the network's blocks, then those of
/// the pre-training decoders (<c>sae</c>, <c>dae</c>). The weights are stored as the exact
/// float32 values, so a loaded model predicts, encodes and reconstructs bit for bit what the
/// saved one did. Version 1 kept no decoders; it is still read, as a model that predicts but
/// has no decoder.
/// </summary>
internal static class StackedPayload
{
    public const int Version = 2;

    /// <summary>The first version this plugin still reads: no decoder blocks.</summary>
    public const int FirstVersion = 1;

    public const string Activation = "tanh";

    private static readonly byte[] Magic = "FDSN"u8.ToArray();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write(Stream stream, TrainedStackedNetwork model, StackedDecoder? decoder)
    {
        var parameters = model.Network.Parameters();
        var decoderParameters = decoder?.Parameters() ?? [];
        var header = new StackedPayloadHeader(
            model.Recipe.Format,
            Version,
            model.Network.Shape,
            Activation,
            model.Settings,
            model.FeatureNames,
            model.TargetNames,
            PayloadFraming.Scaling(model.FeatureScaler),
            PayloadFraming.Scaling(model.DensityScaler),
            model.LossHistory,
            Blocks(parameters),
            Blocks(decoderParameters));

        var headerBytes = JsonSerializer.SerializeToUtf8Bytes(header, Json);
        PayloadFraming.Write(stream, Magic, headerBytes, parameters.Concat(decoderParameters));
    }

    /// <summary>
    /// A <see cref="TrainedStackedAutoencoder"/> where the payload holds decoders, otherwise
    /// (<c>mlp</c>, or a version 1 payload) a <see cref="TrainedStackedNetwork"/>.
    /// </summary>
    public static ITrainedModel Read(Stream stream, NetworkRecipe recipe)
    {
        ArgumentNullException.ThrowIfNull(stream);

        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var header = Checked(ReadHeader(reader), recipe);
        var decoderBlocks = DecoderBlocks(header, recipe);
        var network = new StackedNetwork(header.Shape);
        StackedDecoder? decoder = null;

        try
        {
            ReadParameters(reader, header.Parameters, network.Parameters(), "network");

            if (decoderBlocks.Count > 0)
            {
                decoder = new StackedDecoder(header.Shape);
                ReadParameters(reader, decoderBlocks, decoder.Parameters(), "decoder");
            }

            var trained = new TrainedStackedNetwork(
                network,
                recipe,
                PayloadFraming.Scaler(header.FeatureScaling, header.Shape.Inputs, "feature"),
                PayloadFraming.Scaler(header.DensityScaling, header.Shape.Targets, "density"),
                header.FeatureNames,
                header.TargetNames,
                header.LossHistory,
                header.Settings);

            return decoder is null ? trained : new TrainedStackedAutoencoder(trained, decoder);
        }
        catch
        {
            network.Dispose();
            decoder?.Dispose();
            throw;
        }
    }

    private static StackedPayloadHeader? ReadHeader(BinaryReader reader) =>
        PayloadFraming.ReadHeader<StackedPayloadHeader>(reader, Magic, "FDSN of a stacked network payload", Json);

    private static StackedPayloadHeader Checked(StackedPayloadHeader? header, NetworkRecipe recipe)
    {
        if (header?.Format is null || !header.Format.StartsWith("fishdens-", StringComparison.Ordinal))
        {
            throw PayloadFraming.Damaged($"its header does not name a format such as '{recipe.Format}'");
        }

        if (header.Format != recipe.Format)
        {
            var name = header.Format["fishdens-".Length..];

            throw PayloadFraming.Damaged(
                $"it was written by the model '{name}', not '{recipe.Name}'; load it with --model {name}");
        }

        if (header.PayloadVersion is < FirstVersion or > Version)
        {
            throw new NotSupportedException(
                $"the {recipe.Name} payload has version {header.PayloadVersion}, but this plugin "
                + $"reads versions {FirstVersion} to {Version}; train the model again or use a "
                + "matching fishdens");
        }

        if (header.Activation != Activation)
        {
            throw PayloadFraming.Damaged($"its activation '{header.Activation}' is not '{Activation}'");
        }

        if (header.Shape.Layers is not { Count: > 0 } || header.Shape.Layers.Any(width => width < 1))
        {
            throw PayloadFraming.Damaged("its shape has no encoder layers, or a layer of width below 1");
        }

        if (header.FeatureNames.Count != header.Shape.Inputs
            || header.TargetNames.Count != header.Shape.Targets)
        {
            throw PayloadFraming.Damaged(
                $"it names {header.FeatureNames.Count} features and {header.TargetNames.Count} "
                + $"targets for a network of {header.Shape.Inputs} inputs and "
                + $"{header.Shape.Targets} outputs");
        }

        return header;
    }

    /// <summary>The decoder blocks a payload lists: none before version 2, none for <c>mlp</c>.</summary>
    private static IReadOnlyList<ParameterHeader> DecoderBlocks(
        StackedPayloadHeader header, NetworkRecipe recipe)
    {
        var blocks = header.PayloadVersion >= 2 ? header.DecoderParameters ?? [] : [];

        return blocks.Count == 0 || recipe.Pretrains
            ? blocks
            : throw PayloadFraming.Damaged($"it holds decoder blocks, but the model '{recipe.Name}' has no decoder");
    }

    private static void ReadParameters(
        BinaryReader reader,
        IReadOnlyList<ParameterHeader> blocks,
        IReadOnlyList<(string Name, Tensor Value)> expected,
        string owner)
    {
        if (expected.Count != blocks.Count)
        {
            throw PayloadFraming.Damaged(
                $"it holds {blocks.Count} {owner} parameter blocks; the {owner} has {expected.Count}");
        }

        using var noGrad = no_grad();

        for (var i = 0; i < expected.Count; i++)
        {
            var (name, target) = expected[i];
            var block = blocks[i];

            if (block.Name != name || !block.Shape.SequenceEqual(target.shape))
            {
                throw PayloadFraming.Damaged(
                    $"{owner} parameter block {i} is '{block.Name}' [{string.Join(", ", block.Shape)}]; "
                    + $"the {owner} expects '{name}' [{string.Join(", ", target.shape)}]");
            }

            PayloadFraming.ReadBlock(reader, target, name);
        }
    }

    private static List<ParameterHeader> Blocks(IReadOnlyList<(string Name, Tensor Value)> parameters) =>
        [.. parameters.Select(p => new ParameterHeader(p.Name, p.Value.shape))];

}
