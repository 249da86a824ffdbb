using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace AlienFish.Core.Export;

/// <summary>
/// Writes a layer as one RFC 7946 FeatureCollection: positions as [longitude, latitude] in
/// WGS84 and no <c>crs</c> member, which that RFC dropped.
/// </summary>
internal static class GeoJsonLayerWriter
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static void Write(GisLayer layer, Stream stream)
    {
        var collection = new FeatureCollection();

        foreach (var feature in layer.Features)
        {
            collection.Add(feature);
        }

        JsonSerializer.Serialize(stream, collection, Options);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        // Korean names stay readable in the file instead of becoming \uXXXX escapes.
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
