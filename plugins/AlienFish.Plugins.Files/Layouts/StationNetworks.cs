using System.Text.RegularExpressions;
using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// The network a listed station belongs to, told by the header of its code column where
/// the portal names one (<c>WQAMN_CODE</c> 자동측정망, <c>SWMN_CODE</c> 조류경보), else by the
/// code's form: <c>S01007</c> is an automatic station (S01 한강 … S04 영산강·섬진강), any other
/// code a 수질측정망 one. The contract names only wq, tl and bio-fish; the two networks
/// added here are <see cref="Automatic"/> and <see cref="AlgaeAlert"/>.
/// </summary>
internal static partial class StationNetworks
{
    /// <summary>수질자동측정망, the automatic water-quality stations.</summary>
    public const string Automatic = "auto";

    /// <summary>조류경보제 채수지점, the algae-alert sampling points.</summary>
    public const string AlgaeAlert = "algae";

    public static string Of(string codeHeader, string code) =>
        ByHeader(codeHeader)
        ?? (AutomaticCode().IsMatch(code) ? Automatic : Networks.WaterQuality);

    /// <summary>The network a code column's header names, or null for a header that names none.</summary>
    public static string? ByHeader(string codeHeader) =>
        HeaderText.Normalise(codeHeader) switch
        {
            "wqamn_code" => Automatic,
            "swmn_code" => AlgaeAlert,
            _ => null,
        };

    [GeneratedRegex("^S0[1-4][0-9]{3}$")]
    private static partial Regex AutomaticCode();
}
