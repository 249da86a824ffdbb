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

    public static string Draw(double[][] codes, IReadOnlyList<string> species, IReadOnlyList<double?[]> densities) =>
        Draw(codes, species, densities, labels: null, inline: false);

    /// <summary>
    /// The same map for inlining in an HTML page: no XML namespace (HTML gives it), a
    /// <c>plot</c> class and, when <paramref name="labels"/> are given, a tooltip per survey.
    /// </summary>
    public static string DrawInline(
        double[][] codes, IReadOnlyList<string> species, IReadOnlyList<double?[]> densities,
        IReadOnlyList<string>? labels) =>
        Draw(codes, species, densities, labels, inline: true);

    private static string Draw(
        double[][] codes, IReadOnlyList<string> species, IReadOnlyList<double?[]> densities,
        IReadOnlyList<string>? labels, bool inline)
    {
        var width = species.Count * (Panel + Margin) + Margin;
        var height = Panel + (2 * Margin) + 20;
        var (minX, maxX) = DensityColours.Range(codes.Select(c => c[0]));
        var (minY, maxY) = DensityColours.Range(codes.Select(c => c[1]));
        var svg = new StringBuilder();

        var opening = inline
            ? "<svg class=\"plot\" data-plot=\"latent-map\" role=\"img\""
            : "<svg xmlns=\"http://www.w3.org/2000/svg\"";

        svg.Append(opening).Append(Invariant($" width=\"{width}\" height=\"{height}\" "))
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
                var circle = Invariant($"<circle cx=\"{x:0.0}\" cy=\"{y:0.0}\" r=\"3\" fill=\"{fill}\"");

                svg.Append(circle).Append(labels is null
                    ? "/>\n"
                    : $"><title>{Escape(labels[i])}</title></circle>\n");
            }
        }

        return svg.Append("</svg>\n").ToString();
    }

    /// <summary>The colour of a density: white when unknown, grey when zero, then light to dark blue.</summary>
    internal static string Colour(double? density, double maxLog)
    {
        var (r, g, b) = DensityColours.Of(density, maxLog);

        return Invariant($"#{r:x2}{g:x2}{b:x2}");
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
