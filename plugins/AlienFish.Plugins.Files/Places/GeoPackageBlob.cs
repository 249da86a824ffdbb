using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace AlienFish.Plugins.Files.Places;

/// <summary>
/// Reads the GeoPackage binary form of a geometry (OGC 12-128r18, 2.1.3): the magic
/// <c>GP</c>, a version byte, a flags byte (bit 0 the byte order of the header, bits 1 to 3
/// the envelope's size, bit 4 empty, bit 5 an extension type), the SRS id, the envelope,
/// then standard WKB.
/// </summary>
internal static class GeoPackageBlob
{
    private const int HeaderBytes = 8;

    private static readonly int[] EnvelopeDoubles = [0, 4, 6, 6, 8];

    /// <summary>The geometry, null for an empty one, or the reason it cannot be read.</summary>
    public static (Geometry? Geometry, string? Problem) Decode(byte[] blob)
    {
        if (blob.Length < HeaderBytes || blob[0] != (byte)'G' || blob[1] != (byte)'P')
        {
            return (null, "the geometry is not GeoPackage binary (it lacks the GP header)");
        }

        var flags = blob[3];
        var envelope = (flags >> 1) & 0b111;

        if ((flags & 0b0010_0000) != 0)
        {
            return (null, "the geometry uses a GeoPackage extension type, which fishdens does not read");
        }

        if (envelope >= EnvelopeDoubles.Length)
        {
            return (null, $"the geometry header gives an unknown envelope kind {envelope}");
        }

        if ((flags & 0b0001_0000) != 0)
        {
            return (null, null);
        }

        var start = HeaderBytes + (EnvelopeDoubles[envelope] * sizeof(double));

        try
        {
            return (new WKBReader().Read(blob[start..]), null);
        }
        catch (Exception e) when (e is ParseException or ArgumentException or IOException or IndexOutOfRangeException)
        {
            return (null, $"its WKB cannot be read ({e.Message})");
        }
    }
}
