using ScottPlot;
using SkiaSharp;

namespace AlienFish.Core.Evaluation;

/// <summary>
/// The latent map as one PNG, drawn with ScottPlot: a panel per species, side by side, with
/// every survey at its 2-D code in the colours of <see cref="LatentMapSvg"/> (grey where none
/// was caught, light to dark blue on a log scale), all panels on the same axes. Each panel's
/// data area has a fixed place, <see cref="Padding"/> inside its <see cref="PanelWidth"/> by
/// <see cref="PanelHeight"/> pixels, so a point's pixel follows from its code alone. ScottPlot
/// and SkiaSharp load only when a PNG is drawn.
/// </summary>
public static class LatentMapPng
{
    public const int PanelWidth = 360;

    public const int PanelHeight = 380;

    /// <summary>Pixels between a panel's edges and its data area: left, right, bottom, top.</summary>
    public static readonly (int Left, int Right, int Bottom, int Top) Padding = (50, 10, 40, 40);

    private const float PointSize = 7;

    public static byte[] Draw(double[][] codes, IReadOnlyList<string> species, IReadOnlyList<double?[]> densities)
    {
        var (minX, maxX) = DensityColours.Range(codes.Select(c => c[0]));
        var (minY, maxY) = DensityColours.Range(codes.Select(c => c[1]));
        var info = new SKImageInfo(species.Count * PanelWidth, PanelHeight);

        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);

        for (var s = 0; s < species.Count; s++)
        {
            var values = densities.Select(d => d?[s]).ToArray();
            var plot = Panel(codes, species[s], values, new AxisLimits(minX, maxX, minY, maxY));

            // ScottPlot clears what it draws on first: the clip keeps it to this panel.
            surface.Canvas.Save();
            surface.Canvas.ClipRect(SKRect.Create(s * PanelWidth, 0, PanelWidth, PanelHeight));
            surface.Canvas.Translate(s * PanelWidth, 0);
            plot.Render(surface.Canvas, PanelWidth, PanelHeight);
            surface.Canvas.Restore();
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);

        return png.ToArray();
    }

    private static Plot Panel(double[][] codes, string title, double?[] values, AxisLimits limits)
    {
        var plot = new Plot();
        var maxLog = DensityColours.MaxLog(values);

        // Caught surveys are drawn last, so a grey point never hides a blue one.
        foreach (var i in Enumerable.Range(0, codes.Length).OrderBy(i => values[i] ?? -1))
        {
            var (r, g, b) = DensityColours.Of(values[i], maxLog);
            var marker = plot.Add.Marker(codes[i][0], codes[i][1], MarkerShape.FilledCircle, PointSize);
            marker.Color = new Color(r, g, b);
        }

        plot.Title(title, size: 13);
        plot.XLabel("latent 1", size: 12);
        plot.YLabel("latent 2", size: 12);
        plot.Axes.SetLimits(limits);
        plot.Font.Automatic();
        plot.Layout.Fixed(new PixelPadding(Padding.Left, Padding.Right, Padding.Bottom, Padding.Top));

        return plot;
    }
}
