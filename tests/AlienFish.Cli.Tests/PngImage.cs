using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace AlienFish.Cli.Tests;

/// <summary>
/// The pixels of an 8-bit RGB or RGBA PNG without interlacing, the kind Chromium's screenshots
/// are: chunks read, the image data inflated and each row's filter undone.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public static PngImage Read(byte[] png)
    {
        if (!png.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException("not a PNG file");
        }

        var (width, height, channels) = (0, 0, 0);
        using var data = new MemoryStream();

        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var body = png.AsSpan(at + 8, length);

            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(body);
                height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
                channels = Channels(bitDepth: body[8], colourType: body[9], interlace: body[12]);
            }
            else if (type == "IDAT")
            {
                data.Write(body);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    public (byte R, byte G, byte B) Pixel(int x, int y)
    {
        var at = ((y * Width) + x) * _channels;
        return (_pixels[at], _pixels[at + 1], _pixels[at + 2]);
    }

    private static int Channels(byte bitDepth, byte colourType, byte interlace) =>
        (bitDepth, colourType, interlace) switch
        {
            (8, 2, 0) => 3,
            (8, 6, 0) => 4,
            _ => throw new NotSupportedException(
                $"PNG with bit depth {bitDepth}, colour type {colourType}, interlace {interlace}: "
                + "only 8-bit RGB(A) is read"),
        };

    private static byte[] Unfilter(byte[] raw, int width, int height, int channels)
    {
        var stride = width * channels;
        var pixels = new byte[stride * height];

        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = (y * (stride + 1)) + 1;
            var row = y * stride;

            for (var i = 0; i < stride; i++)
            {
                var left = i >= channels ? pixels[row + i - channels] : 0;
                var up = y > 0 ? pixels[row - stride + i] : 0;
                var upLeft = i >= channels && y > 0 ? pixels[row - stride + i - channels] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"row {y} has PNG filter {filter}"),
                };

                pixels[row + i] = (byte)(raw[source + i] + predictor);
            }
        }

        return pixels;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);

        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }
}
