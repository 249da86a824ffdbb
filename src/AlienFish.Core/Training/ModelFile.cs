using System.IO.Compression;
using System.Text.Json;

namespace AlienFish.Core.Training;

/// <summary>
/// A model file is a zip archive with <c>model.json</c> (the <see cref="ModelManifest"/>)
/// and <c>payload.bin</c> (what the model plugin saved). It is written to a temporary
/// file first and moved into place, so a failed save never leaves half a model behind.
/// </summary>
public static class ModelFile
{
    private const string ManifestEntry = "model.json";
    private const string PayloadEntry = "payload.bin";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // A metric that was never defined (AUC with no presences) is written as NaN.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Save(string path, ModelManifest manifest, Action<Stream> writePayload)
    {
        var full = Path.GetFullPath(path);
        var temp = full + ".partial";

        try
        {
            using (var zip = ZipFile.Open(temp, ZipArchiveMode.Create))
            {
                using (var entry = zip.CreateEntry(ManifestEntry).Open())
                {
                    JsonSerializer.Serialize(entry, manifest, Json);
                }

                using var payload = zip.CreateEntry(PayloadEntry, CompressionLevel.Optimal).Open();
                writePayload(payload);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Reads the manifest and the payload bytes; a damaged or foreign file is a
    /// <see cref="PipelineException"/>.
    /// </summary>
    public static (ModelManifest Manifest, byte[] Payload) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PipelineException(
                $"model file {path} does not exist; train one with 'fishdens train --out {path}'");
        }

        try
        {
            using var zip = ZipFile.OpenRead(path);
            var manifestEntry = zip.GetEntry(ManifestEntry);
            var payloadEntry = zip.GetEntry(PayloadEntry);

            if (manifestEntry is null || payloadEntry is null)
            {
                throw new PipelineException(
                    $"{path} is not a fishdens model file: it lacks {ManifestEntry} or {PayloadEntry}");
            }

            ModelManifest manifest;
            using (var stream = manifestEntry.Open())
            {
                manifest = JsonSerializer.Deserialize<ModelManifest>(stream, Json)
                    ?? throw new PipelineException($"{path}: {ManifestEntry} is empty");
            }

            if (manifest.Format != ModelManifest.FormatName
                || manifest.FormatVersion > ModelManifest.CurrentFormatVersion)
            {
                throw new PipelineException(
                    $"{path} is a '{manifest.Format}' file of version {manifest.FormatVersion}; "
                    + $"this fishdens reads '{ModelManifest.FormatName}' "
                    + $"up to version {ModelManifest.CurrentFormatVersion}");
            }

            using var payloadStream = payloadEntry.Open();
            using var memory = new MemoryStream();
            payloadStream.CopyTo(memory);

            return (manifest, memory.ToArray());
        }
        catch (Exception e) when (e is InvalidDataException or JsonException)
        {
            throw new PipelineException($"{path} is not a readable fishdens model file: {e.Message}");
        }
    }
}
