using System.Globalization;
using System.Text.RegularExpressions;

namespace AlienFish.Plugins.Files.Parsing;

/// <summary>
/// Converts the coordinate texts of the portals to WGS84 decimal degrees: DMS text
/// (<c>126°36'36.5"</c>), its malformed sibling with no whole seconds (<c>127°6'.1"</c>,
/// 6 minutes 0.1 seconds), dotted DMS (<c>36.27.52.70</c>), split degree, minute and
/// second fields, and plain decimal degrees.
/// </summary>
internal static partial class DmsCoordinate
{
    private const double MinutesPerDegree = 60;
    private const double SecondsPerDegree = 3600;

    public static bool TryParseLatitude(string text, out double degrees) =>
        TryParse(text, out degrees) && Math.Abs(degrees) <= 90;

    public static bool TryParseLongitude(string text, out double degrees) =>
        TryParse(text, out degrees) && Math.Abs(degrees) <= 180;

    /// <summary>Any of the supported forms; false for text that is none of them.</summary>
    public static bool TryParse(string text, out double degrees)
    {
        degrees = 0;
        var trimmed = text.Trim();

        var symbols = SymbolForm().Match(trimmed);

        if (symbols.Success)
        {
            return TryCombine(symbols, out degrees);
        }

        var dotted = DottedForm().Match(trimmed);

        if (dotted.Success)
        {
            return TryCombine(dotted, out degrees);
        }

        return CellValueParser.TryParseNumber(trimmed, out degrees);
    }

    /// <summary>Degrees from split fields, e.g. 35, 51, 51.24; a blank minute or second is 0.</summary>
    public static bool TryFromParts(string degree, string minute, string second, out double degrees)
    {
        degrees = 0;

        if (!CellValueParser.TryParseNumber(degree, out var d)
            || !TryPart(minute, out var m)
            || !TryPart(second, out var s))
        {
            return false;
        }

        return TryBuild(d, m, s, out degrees);
    }

    private static bool TryCombine(Match match, out double degrees)
    {
        degrees = 0;
        var negative = match.Groups["hemisphere"].Value.ToUpperInvariant() is "S" or "W";
        var sign = (match.Groups["sign"].Value == "-" || negative) ? -1 : 1;

        if (!CellValueParser.TryParseNumber(match.Groups["d"].Value, out var d)
            || !TryPart(match.Groups["m"].Value, out var m)
            || !TryPart(match.Groups["s"].Value, out var s)
            || !TryBuild(d, m, s, out degrees))
        {
            return false;
        }

        degrees *= sign;

        return true;
    }

    private static bool TryBuild(double d, double m, double s, out double degrees)
    {
        // Minutes and seconds beyond 60 mean the text was not DMS at all.
        var valid = d >= 0 && m is >= 0 and < 60 && s is >= 0 and < 60;

        degrees = valid ? d + (m / MinutesPerDegree) + (s / SecondsPerDegree) : 0;

        return valid;
    }

    /// <summary>A minute or second part: empty counts as zero, <c>.1</c> as 0.1.</summary>
    private static bool TryPart(string text, out double value)
    {
        value = 0;

        return text.Trim().Length == 0
            || CellValueParser.TryParseNumber(text, out value);
    }

    // Degrees, then optional minutes and seconds, each part with its mark; the seconds
    // may lack their whole part (.1) and the closing mark may be two apostrophes.
    [GeneratedRegex(
        """
        ^(?<sign>[-+])?
        (?<d>\d+(?:\.\d+)?) \s* [°º˚] \s*
        (?: (?<m>\d*(?:\.\d+)?) \s* ['′’] \s* )?
        (?: (?<s>\d*(?:\.\d*)?) \s* (?:"|″|”|'')? )?
        \s* (?<hemisphere>[NSEWnsew])?$
        """,
        RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex SymbolForm();

    [GeneratedRegex("""^(?<sign>[-+])?(?<d>\d+)\.(?<m>\d+)\.(?<s>\d+(?:\.\d+)?)$""")]
    private static partial Regex DottedForm();
}
