using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using static TorchSharp.torch;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// The frame the payloads of this plugin share: four magic bytes, the byte length of the
/// JSON header (int32, little-endian), the header, then every parameter's values as float32
/// little-endian in the header's order. Each payload class owns its magic bytes and header.
/// </summary>
internal static class PayloadFraming
{
    private const int MaxHeaderBytes = 64 * 1024 * 1024;

    public static void Write(
        Stream stream,
        byte[] magic,
        byte[] header,
        IEnumerable<(string Name, Tensor Value)> parameters)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);

        writer.Write(magic);
        writer.Write(header.Length);
        writer.Write(header);

        foreach (var (_, value) in parameters)
        {
            foreach (var number in value.data<float>().ToArray())
            {
                writer.Write(number);
            }
        }

        writer.Flush();
    }

    /// <param name="magicMeaning">What the magic bytes stand for, e.g. "FDAE of an autoencoder payload".</param>
    public static T? ReadHeader<T>(
        BinaryReader reader, byte[] magic, string magicMeaning, JsonSerializerOptions json)
    {
        var first = ReadExactly(reader, magic.Length, "its first bytes");

        if (!first.AsSpan().SequenceEqual(magic))
        {
            throw Damaged($"it does not start with the bytes {magicMeaning}");
        }

        var length = ReadExactly(reader, sizeof(int), "the header length");
        var headerLength = BinaryPrimitives.ReadInt32LittleEndian(length);

        if (headerLength <= 0 || headerLength > MaxHeaderBytes)
        {
            throw Damaged($"its header length {headerLength} is out of range");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(ReadExactly(reader, headerLength, "the header"), json);
        }
        catch (JsonException error)
        {
            throw Damaged($"its header is not valid JSON ({error.Message})");
        }
    }

    /// <summary>Reads one parameter block's float32 values into <paramref name="target"/>.</summary>
    public static void ReadBlock(BinaryReader reader, Tensor target, string name)
    {
        var bytes = ReadExactly(reader, checked((int)target.numel() * sizeof(float)), name);
        var values = new float[target.numel()];

        for (var v = 0; v < values.Length; v++)
        {
            values[v] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(v * sizeof(float)));
        }

        using var source = tensor(values, target.shape);
        target.copy_(source);
    }

    public static ScalingHeader Scaling(FeatureScaler scaler) => new(scaler.Means, scaler.Deviations);

    public static FeatureScaler Scaler(ScalingHeader scaling, int columns, string what)
    {
        if (scaling.Means.Count != columns || scaling.Deviations.Count != columns)
        {
            throw Damaged($"its {what} scaling has {scaling.Means.Count} columns, not {columns}");
        }

        return new FeatureScaler(scaling.Means, scaling.Deviations);
    }

    public static InvalidDataException Damaged(string detail) =>
        new($"the model payload cannot be read: {detail}");

    private static byte[] ReadExactly(BinaryReader reader, int count, string what)
    {
        var bytes = reader.ReadBytes(count);

        return bytes.Length == count
            ? bytes
            : throw Damaged($"it ends inside {what} ({bytes.Length} of {count} bytes)");
    }
}
