using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace AlienFish.Core.Export;

/// <summary>
/// The GeoPackage binary form of a geometry: the magic <c>GP</c>, version 0, a flags byte,
/// the SRS id, the envelope (min x, max x, min y, max y) and then standard WKB, all little-endian.
/// </summary>
internal static class GeoPackageGeometry
{
    /// <summary>Little-endian, with an envelope of four doubles (x and y bounds).</summary>
    public const byte FlagsWithEnvelope = 0b0000_0011;

    /// <summary>Little-endian, no envelope, geometry empty.</summary>
    public const byte FlagsEmpty = 0b0001_0001;

    // Plain ISO WKB in two dimensions: a GeoPackage keeps the SRS id in its own header.
    private static readonly WKBWriter Wkb = new(ByteOrder.LittleEndian, false, false, false);

    public static byte[] Encode(Geometry geometry, int srsId)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);

        writer.Write((byte)'G');
        writer.Write((byte)'P');
        writer.Write((byte)0);

        writer.Write(geometry.IsEmpty ? FlagsEmpty : FlagsWithEnvelope);
        writer.Write(srsId);

        if (!geometry.IsEmpty)
        {
            var envelope = geometry.EnvelopeInternal;
            writer.Write(envelope.MinX);
            writer.Write(envelope.MaxX);
            writer.Write(envelope.MinY);
            writer.Write(envelope.MaxY);
        }

        writer.Write(Wkb.Write(geometry));
        writer.Flush();

        return stream.ToArray();
    }
}
