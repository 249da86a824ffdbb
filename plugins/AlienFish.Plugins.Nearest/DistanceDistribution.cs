using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Nearest;

/// <summary>
/// The one-line summary of how far the matched surveys are from the station they got: count,
/// minimum, lower quartile, median, upper quartile and maximum, in metres to one decimal.
/// </summary>
/// <remarks>
/// Quartiles interpolate linearly between the sorted distances at position (n - 1) × p,
/// counted from zero: the inclusive method of spreadsheets (QUARTILE.INC) and the default of
/// most statistics packages. With one survey every figure is its distance.
/// </remarks>
internal static class DistanceDistribution
{
    public static Diagnostic Describe(string matcherName, IReadOnlyList<SurveyMatch> matches)
    {
        var code = matcherName + ".distance-distribution";

        if (matches.Count == 0)
        {
            return new Diagnostic(DiagnosticSeverity.Info, code, "no survey matched, so there are no distances");
        }

        var sorted = matches.Select(m => m.DistanceMetres).Order().ToArray();
        var surveys = sorted.Length == 1 ? "1 matched survey" : $"{sorted.Length} matched surveys";
        var message = string.Format(
            CultureInfo.InvariantCulture,
            "{0}, distance to the station used in metres: min {1:0.0}, lower quartile {2:0.0}, "
            + "median {3:0.0}, upper quartile {4:0.0}, max {5:0.0}",
            surveys,
            sorted[0],
            Quantile(sorted, 0.25),
            Quantile(sorted, 0.5),
            Quantile(sorted, 0.75),
            sorted[^1]);

        return new Diagnostic(DiagnosticSeverity.Info, code, message);
    }

    private static double Quantile(double[] sorted, double p)
    {
        var position = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);

        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
