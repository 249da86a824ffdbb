using System.Text.Json;
using System.Text.Json.Serialization;

namespace AlienFish.Plugins.Baselines;

/// <summary>
/// The payloads of the baseline models are one UTF-8 JSON object that names its format
/// (<c>fishdens-mean</c>, <c>fishdens-pca-ridge</c>) and payload version first, then holds
/// the fitted numbers. JSON writes each double in its shortest form that reads back to the
/// same bits, so a loaded model predicts exactly what the saved one did.
/// </summary>
internal static class BaselinePayload
{
    public const int Version = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
    };

    public static void Write<T>(Stream stream, T payload)
    {
        ArgumentNullException.ThrowIfNull(stream);

        JsonSerializer.Serialize(stream, payload, Json);
        stream.Flush();
    }

    /// <summary>Reads a payload written by the model <paramref name="name"/>, checking its format first.</summary>
    public static T Read<T>(Stream stream, string name)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);

        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();

        var identity = Parse<PayloadIdentity>(bytes);
        var format = Format(name);

        if (identity.Format != format)
        {
            throw Damaged(identity.Format is { Length: > 0 } other
                ? $"its format is '{other}', not '{format}'; load it with the model that wrote it"
                : $"its header does not name the format '{format}'");
        }

        if (identity.PayloadVersion != Version)
        {
            throw new NotSupportedException(
                $"the {name} payload has version {identity.PayloadVersion}, but this plugin reads "
                + $"version {Version}; train the model again or use a matching fishdens");
        }

        return Parse<T>(bytes);
    }

    public static string Format(string name) => $"fishdens-{name}";

    public static InvalidDataException Damaged(string detail) =>
        new($"the model payload cannot be read: {detail}");

    private static T Parse<T>(byte[] bytes)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(bytes, Json)
                ?? throw Damaged("it is the JSON value null");
        }
        catch (JsonException error)
        {
            throw Damaged($"it is not valid JSON of a baseline model ({error.Message})");
        }
    }

    /// <summary>The two fields every baseline payload starts with.</summary>
    private sealed record PayloadIdentity(string? Format, int PayloadVersion);
}
