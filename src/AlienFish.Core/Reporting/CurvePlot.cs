using System.Text;
using AlienFish.Abstractions;
using AlienFish.Core.Evaluation;
using static AlienFish.Core.Reporting.Markup;

namespace AlienFish.Core.Reporting;

/// <summary>
/// The response curves of one species: a small panel per variable, the variable stepped
/// from its 5th to its 95th percentile along x, the predicted density (individuals per m²)
/// along y on one scale for every panel, so the steepest response stands out.
/// </summary>
internal static class CurvePlot
{
    private const int PerRow = 4;
    private const double PanelWidth = 170;
    private const double PanelHeight = 120;
    private const double Left = 62;
    private const double GapX = 26;
    private const double RowHeight = PanelHeight + 62;

    public static string Draw(SpeciesFit fit, IReadOnlyList<ResponsePoint> curves)
    {
        var mine = curves.Where(p => p.Species == fit.Species.Key).ToList();
        var variables = mine.Select(p => p.Variable).Distinct().ToList();
        var yScale = AxisScale.Covering(0, mine.Select(p => p.Density).DefaultIfEmpty(0).Max() * 1.05, 4);
        var columns = Math.Clamp(variables.Count, 1, PerRow);
        var rows = Math.Max(1, (variables.Count + PerRow - 1) / PerRow);
        var width = Left + (columns * (PanelWidth + GapX));
        var height = (rows * RowHeight) + 8;
        var svg = new StringBuilder();

        svg.Append(PlotOpening("response-curves", fit.Species.Key, width, height))
            .Append("<title>response curves of ")
            .Append(Text($"{fit.Species.KoreanName} {fit.Species.ScientificName}")).Append("</title>\n");

        for (var v = 0; v < variables.Count; v++)
        {
            var points = mine.Where(p => p.Variable == variables[v]).OrderBy(p => p.Value).ToList();
            var left = Left + ((v % PerRow) * (PanelWidth + GapX));
            var top = 22 + ((v / PerRow) * RowHeight);
            Panel(svg, variables[v], points, new PlotArea(left, top, PanelWidth, PanelHeight, XScale(points), yScale),
                firstInRow: v % PerRow == 0);
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static AxisScale XScale(IReadOnlyList<ResponsePoint> points)
    {
        var finite = points.Select(p => p.Value).Where(double.IsFinite).ToList();
        return AxisScale.Covering(finite.DefaultIfEmpty(0).Min(), finite.DefaultIfEmpty(1).Max(), 3);
    }

    private static void Panel(
        StringBuilder svg, string variable, IReadOnlyList<ResponsePoint> points, PlotArea area, bool firstInRow)
    {
        var unit = Variables.Find(variable) is { Unit.Length: > 0 } info ? $" ({info.Unit})" : "";
        var yTitle = firstInRow ? "density (per m²)" : "";
        area.DrawAxes(svg, Text(variable + unit), yTitle, yTickLabels: firstInRow);

        var drawn = points.Where(p => double.IsFinite(p.Value) && double.IsFinite(p.Density)).ToList();
        var coordinates = string.Join(' ', drawn.Select(p => $"{Px(area.X(p.Value))},{Px(area.Y(p.Density))}"));
        var low = drawn.FirstOrDefault();
        var high = drawn.LastOrDefault();
        var range = low is null || high is null
            ? "no values"
            : $"{Number(low.Value)} to {Number(high.Value)}: "
                + $"density {Number(low.Density)} to {Number(high.Density)} per m²";

        svg.Append("<polyline class=\"curve\" fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"2\" points=\"")
            .Append(coordinates).Append("\"><title>").Append(Text($"{variable} {range}"))
            .Append("</title></polyline>\n");
    }
}
