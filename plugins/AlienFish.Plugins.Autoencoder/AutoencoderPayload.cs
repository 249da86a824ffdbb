using System.Buffers.Binary;
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

    private const int MaxHeaderBytes = 64 * 1024 * 1024;

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
            Scaling(model.FeatureScaler),
            Scaling(model.TargetScaler),
            model.LossHistory,
            [.. parameters.Select(p => new ParameterHeader(p.Name, p.Value.shape))]);

        var headerBytes = JsonSerializer.SerializeToUtf8Bytes(header, Json);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);

        writer.Write(Magic);
        writer.Write(headerBytes.Length);
        writer.Write(headerBytes);

        foreach (var (_, value) in parameters)
        {
            foreach (var number in value.data<float>().ToArray())
            {
                writer.Write(number);
            }
        }

        writer.Flush();
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
                Scaler(header.FeatureScaling, header.Shape.Inputs, "feature"),
                Scaler(header.TargetScaling, header.Shape.Targets, "target"),
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

    private static PayloadHeader ReadHeader(BinaryReader reader)
    {
        var magic = ReadExactly(reader, Magic.Length, "its first bytes");

        if (!magic.AsSpan().SequenceEqual(Magic))
        {
            throw Damaged("it does not start with the bytes FDAE of an autoencoder payload");
        }

        var length = ReadExactly(reader, sizeof(int), "the header length");
        var headerLength = BinaryPrimitives.ReadInt32LittleEndian(length);

        if (headerLength <= 0 || headerLength > MaxHeaderBytes)
        {
            throw Damaged($"its header length {headerLength} is out of range");
        }

        PayloadHeader? header;

        try
        {
            header = JsonSerializer.Deserialize<PayloadHeader>(
                ReadExactly(reader, headerLength, "the header"), Json);
        }
        catch (JsonException error)
        {
            throw Damaged($"its header is not valid JSON ({error.Message})");
        }

        return Checked(header);
    }

    private static PayloadHeader Checked(PayloadHeader? header)
    {
        if (header is null || header.Format != Format)
        {
            throw Damaged($"its header does not name the format '{Format}'");
        }

        if (header.PayloadVersion != Version)
        {
            throw new NotSupportedException(
                $"the autoencoder payload has version {header.PayloadVersion}, but this plugin "
                + $"reads version {Version}; train the model again or use a matching fishdens");
        }

        if (header.Activation != Activation)
        {
            throw Damaged($"its activation '{header.Activation}' is not '{Activation}'");
        }

        if (header.FeatureNames.Count != header.Shape.Inputs
            || header.TargetNames.Count != header.Shape.Targets)
        {
            throw Damaged(
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
            throw Damaged(
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
                throw Damaged(
                    $"parameter block {i} is '{block.Name}' [{string.Join(", ", block.Shape)}]; "
                    + $"the network expects '{name}' [{string.Join(", ", target.shape)}]");
            }

            var bytes = ReadExactly(reader, checked((int)target.numel() * sizeof(float)), name);
            var values = new float[target.numel()];

            for (var v = 0; v < values.Length; v++)
            {
                values[v] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(v * sizeof(float)));
            }

            using var source = tensor(values, target.shape);
            target.copy_(source);
        }
    }

    private static byte[] ReadExactly(BinaryReader reader, int count, string what)
    {
        var bytes = reader.ReadBytes(count);

        return bytes.Length == count
            ? bytes
            : throw Damaged($"it ends inside {what} ({bytes.Length} of {count} bytes)");
    }

    private static ScalingHeader Scaling(FeatureScaler scaler) => new(scaler.Means, scaler.Deviations);

    private static FeatureScaler Scaler(ScalingHeader scaling, int columns, string what)
    {
        if (scaling.Means.Count != columns || scaling.Deviations.Count != columns)
        {
            throw Damaged($"its {what} scaling has {scaling.Means.Count} columns, not {columns}");
        }

        return new FeatureScaler(scaling.Means, scaling.Deviations);
    }

    private static InvalidDataException Damaged(string detail) =>
        new($"the model payload cannot be read: {detail}");
}
