using System.Text;
using AlienFish.Core.Evaluation;
using AlienFish.Core.Training;
using static AlienFish.Core.Reporting.Markup;

namespace AlienFish.Core.Reporting;

/// <summary>
/// The reaches of one species' map, coloured by the mean predicted density over their
/// surveys (the latent map's colours), over the water-quality stations in the same extent
/// (filled when a survey used them). Drawn in an equirectangular projection centred on the
/// extent, which is true to scale near its middle at these latitudes; a scale bar, a north
/// arrow and a colour legend go with it, and every symbol names itself in a tooltip.
/// </summary>
internal static class ReachMap
{
    private const double Side = 420;
    private const double Margin = 14;
    private const double KilometresPerDegree = 111.32;
    private const double MinimumWidth = 300;
    private const int Swatches = 8;

    public static string Draw(IReadOnlyList<ReachDensity> reaches, IReadOnlyList<MapStation> stations, int species,
        ModelTarget target)
    {
        var frame = MapFrame.Around(reaches.Select(r => r.Location).ToList(), Side);
        var width = Math.Max(frame.Width, MinimumWidth) + (2 * Margin);
        var height = frame.Height + (2 * Margin) + 78;
        var maxLog = reaches.Select(r => Math.Log(1 + r.Predicted[species])).Where(v => v > 0).DefaultIfEmpty(1).Max();
        var svg = new StringBuilder();

        svg.Append(PlotOpening("reach-map", target.Key, width, height, " font-size=\"11\""))
            .Append("<title>").Append(Text($"predicted density of {target.KoreanName} {target.ScientificName}"))
            .Append(Invariant($" at {reaches.Count} reaches</title>\n"))
            .Append(Invariant($"<rect x=\"{Px(Margin)}\" y=\"{Px(Margin)}\" width=\"{Px(frame.Width)}\" "))
            .Append(Invariant($"height=\"{Px(frame.Height)}\" fill=\"#eef4f8\" stroke=\"#9aa5b1\"/>\n"));

        foreach (var station in stations.Where(s => frame.Contains(s.Location)))
        {
            var (x, y) = Offset(frame.Place(station.Location));
            var (fill, use) = station.Matched ? ("#4a5568", "used by a match") : ("#ffffff", "not used");

            svg.Append($"<rect class=\"station\" x=\"{Px(x - 3)}\" y=\"{Px(y - 3)}\" width=\"6\" height=\"6\" ")
                .Append($"fill=\"{fill}\" stroke=\"#4a5568\"><title>")
                .Append(Text($"station {station.Name} ({station.Code}), {use}")).Append("</title></rect>\n");
        }

        foreach (var reach in reaches.OrderBy(r => r.Predicted[species]))
        {
            var (x, y) = Offset(frame.Place(reach.Location));
            var density = reach.Predicted[species];
            var surveys = reach.Surveys == 1 ? "1 survey" : $"{reach.Surveys} surveys";

            var fill = LatentMapSvg.Colour(density, maxLog);

            svg.Append($"<circle class=\"reach\" cx=\"{Px(x)}\" cy=\"{Px(y)}\" r=\"5\" ")
                .Append($"fill=\"{fill}\" stroke=\"#1a202c\" stroke-width=\"0.6\">")
                .Append("<title>").Append(Text($"{reach.Name} ({reach.Code}), {surveys}: mean predicted density "))
                .Append(Number(density)).Append(" per m²</title></circle>\n");
        }

        NorthArrow(svg, Margin + frame.Width - 22, Margin + 10);
        ScaleBar(svg, frame, Margin + frame.Height + 22);
        Legend(svg, maxLog, Margin + frame.Height + 44);

        return svg.Append("</svg>\n").ToString();
    }

    private static (double X, double Y) Offset((double X, double Y) place) => (place.X + Margin, place.Y + Margin);

    private static void NorthArrow(StringBuilder svg, double x, double y)
    {
        svg.Append("<g class=\"north-arrow\"><title>north is up</title>")
            .Append(Invariant($"<polygon points=\"{Px(x)},{Px(y)} {Px(x + 7)},{Px(y + 20)} {Px(x)},{Px(y + 15)} "))
            .Append(Invariant($"{Px(x - 7)},{Px(y + 20)}\" fill=\"#1a202c\"/>"))
            .Append($"<text x=\"{Px(x)}\" y=\"{Px(y + 33)}\" text-anchor=\"middle\" font-weight=\"bold\">")
            .Append("N</text>")
            .Append("</g>\n");
    }

    private static void ScaleBar(StringBuilder svg, MapFrame frame, double y)
    {
        var kilometresPerPixel = KilometresPerDegree / frame.PixelsPerDegree;
        var kilometres = DistanceHistogram.RoundWidth(frame.Width / 4 * kilometresPerPixel);
        var length = kilometres / kilometresPerPixel;
        var (x, half) = (Margin, length / 2);

        svg.Append("<g class=\"scale-bar\">")
            .Append($"<rect x=\"{Px(x)}\" y=\"{Px(y)}\" width=\"{Px(half)}\" height=\"5\" ")
            .Append("fill=\"#1a202c\"/>")
            .Append(Invariant($"<rect x=\"{Px(x + half)}\" y=\"{Px(y)}\" width=\"{Px(half)}\" height=\"5\" "))
            .Append("fill=\"#ffffff\" stroke=\"#1a202c\"/>")
            .Append($"<text x=\"{Px(x + length + 6)}\" y=\"{Px(y + 6)}\">{Number(kilometres)} km</text>")
            .Append("</g>\n");
    }

    private static void Legend(StringBuilder svg, double maxLog, double y)
    {
        var x = Margin;
        svg.Append("<g class=\"legend\">")
            .Append(Invariant($"<text x=\"{Px(x)}\" y=\"{Px(y)}\">mean predicted density (individuals per m²)</text>"))
            .Append(Invariant($"<rect x=\"{Px(x)}\" y=\"{Px(y + 6)}\" width=\"18\" height=\"12\" fill=\"#cccccc\"/>"))
            .Append(Invariant($"<text x=\"{Px(x)}\" y=\"{Px(y + 30)}\">0</text>"));

        for (var k = 1; k <= Swatches; k++)
        {
            var density = Math.Exp(maxLog * k / Swatches) - 1;
            var left = x + 30 + ((k - 1) * 22);

            svg.Append(Invariant($"<rect x=\"{Px(left)}\" y=\"{Px(y + 6)}\" width=\"22\" height=\"12\" "))
                .Append($"fill=\"{LatentMapSvg.Colour(density, maxLog)}\">")
                .Append($"<title>up to {Number(density)}</title></rect>");
        }

        var top = Math.Exp(maxLog) - 1;
        svg.Append(Invariant($"<text x=\"{Px(x + 30)}\" y=\"{Px(y + 30)}\">low</text>"))
            .Append(Invariant($"<text x=\"{Px(x + 30 + (Swatches * 22))}\" y=\"{Px(y + 30)}\" text-anchor=\"end\">"))
            .Append(Invariant($"{Number(top)}</text></g>\n"));
    }
}
