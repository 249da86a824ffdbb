using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TorchSharp;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Writes and reads the payload of a trained autoencoder:
/// the four ASCII bytes <c>FDAE</c>, the byte length of the header (int32, little-endian),
/// the header as UTF-8 JSON (<see cref="PayloadHeader"/>), then each parameter's values as
/// float32 little-endian, row-major, in the header's order. Storing the weights as exact
/// float32 values makes a loaded model predict bit for bit what the saved one did.
/// </summary>
internal static class AutoencoderPayload
{
    public const int Version = 1;

    public const string Format = "fishdens-autoencoder";

    public const string Activation = "tanh";

    private static readonly byte[] Magic = "FDAE"u8.ToArray();

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write(Stream stream, TrainedAutoencoder model)
    {
        var parameters = model.Network.Parameters();
        var header = new PayloadHeader(
            Format,
            Version,
            model.Network.Shape,
            Activation,
            model.Settings,
            model.FeatureNames,
            model.TargetNames,
            PayloadFraming.Scaling(model.FeatureScaler),
            PayloadFraming.Scaling(model.TargetScaler),
            model.LossHistory,
            [.. parameters.Select(p => new ParameterHeader(p.Name, p.Value.shape))]);

        var headerBytes = JsonSerializer.SerializeToUtf8Bytes(header, Json);
        PayloadFraming.Write(stream, Magic, headerBytes, parameters);
    }

    public static TrainedAutoencoder Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);

        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var header = ReadHeader(reader);
        var network = new DensityAutoencoder(header.Shape);

        try
        {
            ReadParameters(reader, header, network);

            return new TrainedAutoencoder(
                network,
                PayloadFraming.Scaler(header.FeatureScaling, header.Shape.Inputs, "feature"),
                PayloadFraming.Scaler(header.TargetScaling, header.Shape.Targets, "target"),
                header.FeatureNames,
                header.TargetNames,
                header.LossHistory,
                header.Settings);
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    private static PayloadHeader ReadHeader(BinaryReader reader) =>
        Checked(PayloadFraming.ReadHeader<PayloadHeader>(reader, Magic, "FDAE of an autoencoder payload", Json));

    private static PayloadHeader Checked(PayloadHeader? header)
    {
        if (header is null || header.Format != Format)
        {
            throw PayloadFraming.Damaged($"its header does not name the format '{Format}'");
        }

        if (header.PayloadVersion != Version)
        {
            throw new NotSupportedException(
                $"the autoencoder payload has version {header.PayloadVersion}, but this plugin "
                + $"reads version {Version}; train the model again or use a matching fishdens");
        }

        if (header.Activation != Activation)
        {
            throw PayloadFraming.Damaged($"its activation '{header.Activation}' is not '{Activation}'");
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

    private static void ReadParameters(
        BinaryReader reader, PayloadHeader header, DensityAutoencoder network)
    {
        var expected = network.Parameters();

        if (expected.Count != header.Parameters.Count)
        {
            throw PayloadFraming.Damaged(
                $"it holds {header.Parameters.Count} parameter blocks; "
                + $"the network has {expected.Count}");
        }

        using var noGrad = no_grad();

        for (var i = 0; i < expected.Count; i++)
        {
            var (name, target) = expected[i];
            var block = header.Parameters[i];

            if (block.Name != name || !block.Shape.SequenceEqual(target.shape))
            {
                throw PayloadFraming.Damaged(
                    $"parameter block {i} is '{block.Name}' [{string.Join(", ", block.Shape)}]; "
                    + $"the network expects '{name}' [{string.Join(", ", target.shape)}]");
            }

            PayloadFraming.ReadBlock(reader, target, name);
        }
    }

}
