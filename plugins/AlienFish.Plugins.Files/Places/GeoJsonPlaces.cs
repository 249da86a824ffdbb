using System.Text.Json;
using System.Text.RegularExpressions;
using AlienFish.Plugins.Files.Decoding;
using AlienFish.Plugins.Files.Geography;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace AlienFish.Plugins.Files.Places;

/// <summary>
/// Reads a GeoJSON FeatureCollection (or a single Feature) as one layer. The legacy
/// <c>crs</c> member (GeoJSON 2008, still written by GDAL for projected data) names the
/// reference system; without it positions are WGS84 longitude and latitude (RFC 7946).
/// Each geometry is read with NetTopologySuite, so a broken one is reported for its
/// feature alone.
/// </summary>
internal static partial class GeoJsonPlaces
{
    public const string Format = "GeoJSON";

    private const int ProbeBytes = 4096;

    private static readonly JsonSerializerOptions GeometryOptions = CreateOptions();

    /// <summary>True when the content is JSON whose start declares a GeoJSON feature type.</summary>
    public static bool Looks(ReadOnlySpan<byte> content)
    {
        if (ContentSniffer.Sniff(content) != FileContainer.Json)
        {
            return false;
        }

        var prefix = TextDecoding.DecodePrefix(content[..Math.Min(content.Length, ProbeBytes)]);

        return FeatureType().IsMatch(prefix);
    }

    public static PlaceLayer Read(ReadOnlySpan<byte> content, string fileName)
    {
        var text = TextDecoding.Decode(content).Text;
        JsonDocument document;

        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw FileErrors.BrokenGeoFile(fileName, Format, e.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            var features = FeaturesOf(root, fileName).Select(Feature).ToList();
            var fields = features.SelectMany(f => f.Properties.Select(p => p.Key)).Distinct().ToList();

            return new PlaceLayer(null, DeclaredCrs(root), ReferenceSystems.Wgs84, "its crs member", features, fields);
        }
    }

    private static List<JsonElement> FeaturesOf(JsonElement root, string fileName)
    {
        var type = root.ValueKind == JsonValueKind.Object ? Text(root, "type") : null;

        if (type == "Feature")
        {
            return [root];
        }

        if (type != "FeatureCollection"
            || !root.TryGetProperty("features", out var features)
            || features.ValueKind != JsonValueKind.Array)
        {
            throw FileErrors.BrokenGeoFile(
                fileName, Format, "expected a FeatureCollection with a features array, or a Feature");
        }

        return [.. features.EnumerateArray()];
    }

    /// <summary>The name of a <c>"crs": {"type": "name", ...}</c> member; <c>link</c> for any other kind.</summary>
    private static string? DeclaredCrs(JsonElement root)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (crs.ValueKind == JsonValueKind.Object
            && crs.TryGetProperty("properties", out var properties)
            && properties.ValueKind == JsonValueKind.Object
            && Text(properties, "name") is { } name)
        {
            return name;
        }

        return crs.GetRawText();
    }

    private static PlaceFeature Feature(JsonElement element, int index)
    {
        var label = $"feature {index + 1} (features[{index}])";

        if (element.ValueKind != JsonValueKind.Object)
        {
            return new PlaceFeature(index + 1, label, [], null, "it is not a JSON object");
        }

        var properties = element.TryGetProperty("properties", out var bag) && bag.ValueKind == JsonValueKind.Object
            ? bag.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Value(p.Value))).ToList()
            : [];

        if (!element.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null)
        {
            return new PlaceFeature(index + 1, label, properties, null);
        }

        try
        {
            return new PlaceFeature(
                index + 1, label, properties, geometry.Deserialize<Geometry>(GeometryOptions));
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return new PlaceFeature(index + 1, label, properties, null, e.Message);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string Value(JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Null => "",
            _ => value.GetRawText(),
        };

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }

    [GeneratedRegex("\"type\"\\s*:\\s*\"(?:FeatureCollection|Feature)\"")]
    private static partial Regex FeatureType();
}
