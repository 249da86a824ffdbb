using System.Globalization;
using System.Text;

namespace AlienFish.Core.Evaluation;

/// <summary>
/// The latent map as one SVG file: a panel per species with every survey at its 2-D code,
/// coloured by the species' observed density (grey where none was caught, then light to
/// dark blue on a log scale). Plain SVG, so it opens in any browser or in Inkscape;
/// <see cref="LatentMapPng"/> draws the same map as a picture.
/// </summary>
public static class LatentMapSvg
{
    private const int Panel = 300;
    private const int Margin = 30;

    public static string Draw(double[][] codes, IReadOnlyList<string> species, IReadOnlyList<double?[]> densities)
    {
        var width = species.Count * (Panel + Margin) + Margin;
        var height = Panel + (2 * Margin) + 20;
        var (minX, maxX) = DensityColours.Range(codes.Select(c => c[0]));
        var (minY, maxY) = DensityColours.Range(codes.Select(c => c[1]));
        var svg = new StringBuilder();

        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" "))
            .Append(Invariant($"viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n"))
            .Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");

        for (var s = 0; s < species.Count; s++)
        {
            var left = Margin + (s * (Panel + Margin));
            var top = Margin + 20;
            var values = densities.Select(d => d?[s]).ToArray();
            var maxLog = DensityColours.MaxLog(values);

            svg.Append(Invariant($"<text x=\"{left}\" y=\"{Margin}\">{Escape(species[s])}</text>\n"))
                .Append(Invariant($"<rect x=\"{left}\" y=\"{top}\" width=\"{Panel}\" height=\"{Panel}\" "))
                .Append("fill=\"none\" stroke=\"#888\"/>\n");

            for (var i = 0; i < codes.Length; i++)
            {
                var x = left + (Panel * (codes[i][0] - minX) / (maxX - minX));
                var y = top + Panel - (Panel * (codes[i][1] - minY) / (maxY - minY));
                var fill = Colour(values[i], maxLog);
                svg.Append(Invariant($"<circle cx=\"{x:0.0}\" cy=\"{y:0.0}\" r=\"3\" fill=\"{fill}\"/>\n"));
            }
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string Colour(double? density, double maxLog)
    {
        var (r, g, b) = DensityColours.Of(density, maxLog);

        return Invariant($"#{r:x2}{g:x2}{b:x2}");
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
