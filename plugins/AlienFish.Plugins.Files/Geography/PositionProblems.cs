using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Geography;

/// <summary>The wording of positions that cannot be used, the same for every input form.</summary>
internal static class PositionProblems
{
    /// <summary>
    /// A position outside <see cref="KoreaExtent"/>. <paramref name="given"/> says what the
    /// input held; <paramref name="swapAdvice"/> is added when the swapped reading lies in Korea.
    /// </summary>
    public static string OutsideKorea(string given, string? swapAdvice) =>
        $"the position {given} lies outside Korea ({KoreaExtent.Description}), so it is left unknown"
        + (swapAdvice is null ? "" : $"; {swapAdvice}");

    /// <summary>A WGS84 position for messages, e.g. <c>latitude 36.123456, longitude 127.123456</c>.</summary>
    public static string Degrees(GeoPoint point) =>
        $"latitude {Number(point.Latitude)}, longitude {Number(point.Longitude)}";

    /// <summary>A number as it is written in messages.</summary>
    public static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>
    /// A projected point and where it converts to, e.g. <c>X 1000, Y 2000 in EPSG:5186 (…)</c>.
    /// </summary>
    public static string Projected(double x, double y, ReferenceSystem system, GeoPoint converted) =>
        $"X {Number(x)}, Y {Number(y)} in {system.Code} ({Degrees(converted)})";

    /// <summary>True when a position is outside Korea but the swapped reading is inside.</summary>
    public static bool LooksSwapped(GeoPoint point, GeoPoint swapped) =>
        !KoreaExtent.Contains(point) && KoreaExtent.Contains(swapped);
}
