using System.Text;
using static AlienFish.Core.Reporting.Markup;

namespace AlienFish.Core.Reporting;

/// <summary>
/// The distance from each matched survey to the station it got, as bars in kilometres.
/// Each bar carries its edges in metres and its count as data attributes and a tooltip.
/// </summary>
internal static class HistogramPlot
{
    private const double Left = 62;
    private const double Top = 12;
    private const double Width = 600;
    private const double Height = 220;

    public static string Draw(DistanceHistogram histogram)
    {
        var bins = histogram.Bins;
        var yScale = AxisScale.Covering(0, bins.Select(b => b.Count).DefaultIfEmpty(0).Max(), 4);
        var area = new PlotArea(Left, Top, Width, Height, BinScale(histogram), yScale);
        var (width, height) = (Left + Width + 16, Top + Height + 42);
        var svg = new StringBuilder();

        svg.Append(PlotOpening("distance-histogram", null, width, height))
            .Append("<title>distance from each matched survey to its station</title>\n");

        area.DrawAxes(svg, "distance to the station used (km)", "surveys");

        foreach (var bin in bins)
        {
            var x = area.X(bin.From / 1000);
            var barWidth = area.X(bin.To / 1000) - x;
            var y = area.Y(bin.Count);

            svg.Append(Invariant($"<rect class=\"bar\" data-from=\"{Exact(bin.From)}\" data-to=\"{Exact(bin.To)}\" "))
                .Append(Invariant($"data-count=\"{bin.Count}\" x=\"{Px(x + 0.5)}\" y=\"{Px(y)}\" "))
                .Append(Invariant($"width=\"{Px(Math.Max(barWidth - 1, 0.5))}\" height=\"{Px(area.Bottom - y)}\" "))
                .Append("fill=\"#2f855a\"><title>")
                .Append(Invariant($"{Number(bin.From / 1000)} to {Number(bin.To / 1000)} km: {bin.Count} surveys"))
                .Append("</title></rect>\n");
        }

        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>Kilometres from zero to the last bar's edge, ticks at bar edges, about ten labelled.</summary>
    private static AxisScale BinScale(DistanceHistogram histogram)
    {
        var width = histogram.BinWidth / 1000;
        var bars = Math.Max(1, histogram.Bins.Count);
        var every = (int)Math.Ceiling(bars / 10.0);
        var step = width * every;

        return new AxisScale(0, Math.Ceiling(bars / (double)every) * step, step);
    }
}
