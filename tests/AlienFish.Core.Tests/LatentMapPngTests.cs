using System.Buffers.Binary;
using AlienFish.Core.Evaluation;
using SkiaSharp;

namespace AlienFish.Core.Tests;

public sealed class LatentMapPngTests
{
    // Four surveys at the corners of the unit square; the axes run from -0.05 to 1.05 (a 5 % margin).
    private static readonly double[][] Codes = [[0, 0], [1, 0], [0, 1], [1, 1]];

    private static readonly double?[][] Densities = [[0, 1.0], [0.5, 0], [null, 0], [2.0, 0]];

    private static readonly string[] Species = ["블루길 Lepomis macrochirus", "큰입배스 Micropterus salmoides"];

    [Fact]
    public void Should_write_a_png_of_one_panel_per_species_side_by_side()
    {
        var png = LatentMapPng.Draw(Codes, Species, Densities);

        // The signature, then the IHDR chunk's width and height, read from the bytes themselves.
        Assert.Equal(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(2 * LatentMapPng.PanelWidth, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(LatentMapPng.PanelHeight, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((2 * LatentMapPng.PanelWidth, LatentMapPng.PanelHeight), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Should_draw_each_survey_in_its_density_colour_where_its_code_is()
    {
        using var bitmap = SKBitmap.Decode(LatentMapPng.Draw(Codes, Species, Densities));

        // Grey where not caught; light (198, 219, 239) to dark (8, 48, 107) blue as log(1 + density)
        // grows to the species' largest: log 3 for the first species, log 2 for the second.
        var grey = (204, 204, 204);
        Assert.Equal(grey, ColourNear(bitmap, panel: 0, Codes[0]));
        Assert.Equal(Blue(Math.Log(1.5) / Math.Log(3)), ColourNear(bitmap, panel: 0, Codes[1]));
        Assert.Equal(Blue(1), ColourNear(bitmap, panel: 0, Codes[3]));
        Assert.Equal(Blue(1), ColourNear(bitmap, panel: 1, Codes[0]));
        Assert.All(Codes[1..], code => Assert.Equal(grey, ColourNear(bitmap, panel: 1, code)));
    }

    private static (int, int, int) Blue(double t) =>
        ((int)Math.Round(198 + (-190 * t)), (int)Math.Round(219 + (-171 * t)), (int)Math.Round(239 + (-132 * t)));

    /// <summary>
    /// The colour at the centre of a code's point: the pixel worked out from the panel's fixed
    /// data area, or the most common colour within one pixel of it, to allow for rounding.
    /// </summary>
    private static (int, int, int) ColourNear(SKBitmap bitmap, int panel, double[] code)
    {
        var (left, right, bottom, top) = LatentMapPng.Padding;
        var width = LatentMapPng.PanelWidth - left - right;
        var height = LatentMapPng.PanelHeight - top - bottom;
        var x = (panel * LatentMapPng.PanelWidth) + left + ((code[0] + 0.05) / 1.1 * width);
        var y = top + ((1.05 - code[1]) / 1.1 * height);

        var around =
            from dx in new[] { -1, 0, 1 }
            from dy in new[] { -1, 0, 1 }
            let pixel = bitmap.GetPixel((int)Math.Round(x) + dx, (int)Math.Round(y) + dy)
            select ((int)pixel.Red, (int)pixel.Green, (int)pixel.Blue);

        return around.GroupBy(c => c).OrderByDescending(g => g.Count()).First().Key;
    }
}
