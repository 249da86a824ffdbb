using System.Globalization;
using AlienFish.Abstractions;

namespace AlienFish.Plugins.Files.Geography;

/// <summary>
/// The box a position of a Korean monitoring site must lie in: from Marado (33.1°N) to the
/// northern border (38.6°N), and from Baengnyeongdo (124.6°E) to Dokdo (131.9°E), with a
/// little room on each side. A position outside it is a typing or export mistake (swapped
/// axes, a lost minus, a wrong reference system), never a real site.
/// </summary>
internal static class KoreaExtent
{
    public const double South = 33.0;
    public const double North = 38.7;
    public const double West = 124.5;
    public const double East = 132.0;

    /// <summary>The box in words, for messages.</summary>
    public static string Description { get; } = string.Create(
        CultureInfo.InvariantCulture,
        $"{South:0.0}–{North:0.0}°N, {West:0.0}–{East:0.0}°E: the mainland, Jeju, Ulleungdo and Dokdo");

    public static bool Contains(GeoPoint point) =>
        point.Latitude is >= South and <= North && point.Longitude is >= West and <= East;
}
