using System.Text;
using AlienFish.Core.Training;
using static AlienFish.Core.Reporting.Markup;

namespace AlienFish.Core.Reporting;

/// <summary>
/// Observed against predicted for one species on the model's scale, log(1 + density), both
/// axes alike so the dashed 1:1 line is the diagonal. Surveys that caught the species are
/// blue, the others grey; each point's tooltip names the survey and both densities.
/// </summary>
internal static class FitPlot
{
    private const double Size = 300;
    private const double Left = 62;
    private const double Top = 12;

    public static string Draw(SpeciesFit fit)
    {
        var observed = fit.Points.Select(p => TrainingTable.ToTarget(p.Observed)).ToList();
        var predicted = fit.Points.Select(p => TrainingTable.ToTarget(p.Predicted)).ToList();
        var top = observed.Concat(predicted).DefaultIfEmpty(0).Max();
        var scale = AxisScale.Covering(0, top * 1.05);
        var area = new PlotArea(Left, Top, Size, Size, scale, scale);
        var (width, height) = (Left + Size + 26, Top + Size + 42);
        var svg = new StringBuilder();

        svg.Append(PlotOpening("observed-predicted", fit.Species.Key, width, height))
            .Append("<title>observed against predicted log(1 + density) of ")
            .Append(Text($"{fit.Species.KoreanName} {fit.Species.ScientificName}")).Append("</title>\n");

        area.DrawAxes(svg, "observed log(1 + density)", "predicted log(1 + density)");

        var (x1, y1) = (Px(area.X(scale.Min)), Px(area.Y(scale.Min)));
        var (x2, y2) = (Px(area.X(scale.Max)), Px(area.Y(scale.Max)));

        svg.Append($"<line class=\"identity\" x1=\"{x1}\" y1=\"{y1}\" x2=\"{x2}\" y2=\"{y2}\" ")
            .Append("stroke=\"#e53e3e\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\"/>\n");

        for (var i = 0; i < fit.Points.Count; i++)
        {
            var point = fit.Points[i];
            var fill = point.Observed > 0 ? "#2b6cb0" : "#9aa5b1";

            var (x, y) = (Px(area.X(observed[i])), Px(area.Y(predicted[i])));

            svg.Append($"<circle class=\"point\" cx=\"{x}\" cy=\"{y}\" ")
                .Append(Invariant($"r=\"3.5\" fill=\"{fill}\" fill-opacity=\"0.6\"><title>"))
                .Append(Text($"{point.Label}: observed {Number(point.Observed)}, predicted {Number(point.Predicted)}"))
                .Append(" individuals per m²</title></circle>\n");
        }

        return svg.Append("</svg>\n").ToString();
    }
}
