using System.Text;
using static AlienFish.Core.Reporting.Markup;

namespace AlienFish.Core.Reporting;

/// <summary>The inner rectangle of a chart, its two scales, and its grid, ticks and axis titles.</summary>
internal sealed class PlotArea
{
    private const string Grid = "#e4e7eb";
    private const string Ink = "#52606d";

    public PlotArea(double left, double top, double width, double height, AxisScale x, AxisScale y)
    {
        Left = left;
        Top = top;
        Width = width;
        Height = height;
        XScale = x;
        YScale = y;
    }

    public double Left { get; }

    public double Top { get; }

    public double Width { get; }

    public double Height { get; }

    public AxisScale XScale { get; }

    public AxisScale YScale { get; }

    public double Bottom => Top + Height;

    public double X(double value) => Left + (Width * (value - XScale.Min) / (XScale.Max - XScale.Min));

    public double Y(double value) => Bottom - (Height * (value - YScale.Min) / (YScale.Max - YScale.Min));

    /// <summary>Grid lines and tick labels on both axes, the frame, and the axis titles (already escaped).</summary>
    public void DrawAxes(StringBuilder svg, string xTitle, string yTitle, bool yTickLabels = true)
    {
        svg.Append("<g class=\"axes\" font-size=\"11\" fill=\"").Append(Ink).Append("\">\n");

        foreach (var tick in XScale.Ticks())
        {
            var x = Px(X(tick));
            svg.Append($"<line x1=\"{x}\" y1=\"{Px(Top)}\" x2=\"{x}\" y2=\"{Px(Bottom)}\" stroke=\"{Grid}\"/>")
                .Append(Invariant($"<text x=\"{x}\" y=\"{Px(Bottom + 14)}\" text-anchor=\"middle\">"))
                .Append(Tick(tick, XScale.Step)).Append("</text>\n");
        }

        foreach (var tick in YScale.Ticks())
        {
            var y = Px(Y(tick));
            svg.Append(Invariant($"<line x1=\"{Px(Left)}\" y1=\"{y}\" x2=\"{Px(Left + Width)}\" y2=\"{y}\" "))
                .Append(Invariant($"stroke=\"{Grid}\"/>"));

            if (yTickLabels)
            {
                svg.Append(Invariant($"<text x=\"{Px(Left - 5)}\" y=\"{Px(Y(tick) + 4)}\" text-anchor=\"end\">"))
                    .Append(Tick(tick, YScale.Step)).Append("</text>");
            }

            svg.Append('\n');
        }

        svg.Append(Invariant($"<rect x=\"{Px(Left)}\" y=\"{Px(Top)}\" width=\"{Px(Width)}\" height=\"{Px(Height)}\" "))
            .Append("fill=\"none\" stroke=\"#9aa5b1\"/>\n")
            .Append(Invariant($"<text x=\"{Px(Left + (Width / 2))}\" y=\"{Px(Bottom + 32)}\" text-anchor=\"middle\">"))
            .Append(xTitle).Append("</text>\n");

        if (yTitle.Length > 0)
        {
            var (x, y) = (Px(Left - 42), Px(Top + (Height / 2)));
            svg.Append($"<text x=\"{x}\" y=\"{y}\" text-anchor=\"middle\" ")
                .Append($"transform=\"rotate(-90 {x} {y})\">")
                .Append(yTitle).Append("</text>\n");
        }

        svg.Append("</g>\n");
    }
}
