using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>Reads a row's coordinates, reporting text that is not a coordinate.</summary>
internal static class Positions
{
    /// <summary>From latitude and longitude cells holding DMS text or decimal degrees.</summary>
    public static GeoPoint? FromText(
        LayoutInput input,
        TableRow row,
        Column? latitude,
        Column? longitude,
        SourceBatch batch)
    {
        var latText = LayoutInput.Cell(row, latitude);
        var lonText = LayoutInput.Cell(row, longitude);

        if (latText.Length == 0 && lonText.Length == 0)
        {
            return null;
        }

        var latOk = DmsCoordinate.TryParseLatitude(latText, out var lat);
        var lonOk = DmsCoordinate.TryParseLongitude(lonText, out var lon);

        return Checked(input, row, batch, (latitude, latText, latOk), (longitude, lonText, lonOk))
            ? new GeoPoint(lat, lon)
            : null;
    }

    /// <summary>From split degree, minute and second cells.</summary>
    public static GeoPoint? FromParts(
        LayoutInput input,
        TableRow row,
        DmsColumns latitude,
        DmsColumns longitude,
        SourceBatch batch)
    {
        var latText = Join(row, latitude);
        var lonText = Join(row, longitude);

        if (LayoutInput.Cell(row, latitude.Degree).Length == 0
            && LayoutInput.Cell(row, longitude.Degree).Length == 0)
        {
            return null;
        }

        var latOk = TryParts(row, latitude, out var lat) && Math.Abs(lat) <= 90;
        var lonOk = TryParts(row, longitude, out var lon) && Math.Abs(lon) <= 180;
        var latCheck = (latitude.Degree, latText, latOk);
        var lonCheck = (longitude.Degree, lonText, lonOk);

        return Checked(input, row, batch, latCheck, lonCheck) ? new GeoPoint(lat, lon) : null;
    }

    private static bool Checked(
        LayoutInput input,
        TableRow row,
        SourceBatch batch,
        (Column? Column, string Text, bool Ok) latitude,
        (Column? Column, string Text, bool Ok) longitude)
    {
        foreach (var (column, text, ok) in new[] { latitude, longitude })
        {
            if (!ok)
            {
                batch.Diagnostics.Add(input.Warning(
                    DiagnosticCodes.BadCoordinate,
                    "not a coordinate; the position is left unknown",
                    row,
                    column,
                    text));
            }
        }

        return latitude.Ok && longitude.Ok;
    }

    private static bool TryParts(TableRow row, DmsColumns parts, out double degrees) =>
        DmsCoordinate.TryFromParts(
            LayoutInput.Cell(row, parts.Degree),
            LayoutInput.Cell(row, parts.Minute),
            LayoutInput.Cell(row, parts.Second),
            out degrees);

    private static string Join(TableRow row, DmsColumns parts) =>
        $"{LayoutInput.Cell(row, parts.Degree)} {LayoutInput.Cell(row, parts.Minute)} "
        + LayoutInput.Cell(row, parts.Second);
}
