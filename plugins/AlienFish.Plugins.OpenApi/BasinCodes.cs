namespace AlienFish.Plugins.OpenApi;

/// <summary>
/// Tells a station's 대권역 (major basin) from its code. A 수질측정망 code starts with the
/// 중권역 code of its catchment, whose first digit is the major basin: 1 한강, 2 낙동강,
/// 3 금강, 4 섬진강 and 5 영산강, the last two reported together as 영산강·섬진강.
/// So <c>3008A40</c> (대청댐) is in 금강 and <c>1003A05</c> in 한강.
/// </summary>
/// <remarks>
/// The rule reads the code only, so a station whose coordinates are wrong is still placed
/// in the basin its code names. Codes starting with any other digit (제주 and the like) are in
/// none of the basins below.
/// </remarks>
internal static class BasinCodes
{
    private static readonly Dictionary<string, char[]> FirstDigits = new(StringComparer.Ordinal)
    {
        ["한강"] = ['1'],
        ["낙동강"] = ['2'],
        ["금강"] = ['3'],
        ["영산강·섬진강"] = ['4', '5'],
        ["섬진강"] = ['4'],
        ["영산강"] = ['5'],
    };

    /// <summary>The names accepted by <c>--basin</c>, in the order the portal lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. FirstDigits.Keys];

    /// <summary>
    /// The first digits of the codes in the given basins. No basin at all means every basin.
    /// The middle dot of 영산강·섬진강 may be written as <c>.</c>, <c>ㆍ</c> or left out.
    /// </summary>
    public static IReadOnlySet<char> DigitsOf(IEnumerable<string> basins)
    {
        var digits = new HashSet<char>();
        var any = false;

        foreach (var basin in basins)
        {
            any = true;

            if (!FirstDigits.TryGetValue(Canonical(basin), out var found))
            {
                throw OpenApiErrors.UnknownBasin(basin);
            }

            digits.UnionWith(found);
        }

        return any ? digits : FirstDigits.Values.SelectMany(d => d).ToHashSet();
    }

    public static bool Contains(IReadOnlySet<char> digits, string stationCode) =>
        stationCode.Length > 0 && digits.Contains(stationCode[0]);

    private static string Canonical(string basin)
    {
        var name = basin.Trim().Replace(" ", "", StringComparison.Ordinal);

        foreach (var dot in new[] { "·", "ㆍ", ".", "・", "‧" })
        {
            name = name.Replace(dot, "", StringComparison.Ordinal);
        }

        return name == "영산강섬진강" ? "영산강·섬진강" : name;
    }
}
