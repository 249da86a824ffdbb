using System.Text.RegularExpressions;

namespace AlienFish.Plugins.Files.Parsing;

/// <summary>
/// A reference system written into a column header, as in <c>X(EPSG:5186)</c>,
/// <c>TM_Y [EPSG:5179]</c> or <c>X좌표(epsg 2097)</c>.
/// </summary>
internal static partial class CrsHint
{
    /// <summary>The header without its hint; the header itself when it has none.</summary>
    public static string Strip(string header)
    {
        var match = Hint().Match(header);

        return match.Success ? header[..match.Index] : header;
    }

    /// <summary>The hint as written (<c>EPSG:5186</c>), or null when the header has none.</summary>
    public static string? Of(string header)
    {
        var match = Hint().Match(header);

        return match.Success ? $"EPSG:{match.Groups["code"].Value}" : null;
    }

    [GeneratedRegex(@"\s*[(\[]\s*EPSG\s*[: ]?\s*(?<code>\d+)\s*[)\]]\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Hint();
}
