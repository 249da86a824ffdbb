using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Geography;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// Reads a row's coordinates, reporting text that is not a coordinate and positions that
/// lie outside Korea; either leaves the position unknown.
/// </summary>
internal static class Positions
{
    /// <summary>
    /// About 11 m: closer than this, two positions are one, as DMS to a tenth of a second
    /// (3 m) and decimals to five places (1 m) write the same point.
    /// </summary>
    private const double SameDegrees = 1e-4;

    /// <summary>True when two positions are one point written two ways.</summary>
    public static bool Same(GeoPoint a, GeoPoint b) =>
        Math.Abs(a.Latitude - b.Latitude) < SameDegrees && Math.Abs(a.Longitude - b.Longitude) < SameDegrees;

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

        var latOk = DmsCoordinate.TryParse(latText, out var lat);
        var lonOk = DmsCoordinate.TryParse(lonText, out var lon);

        return Checked(input, row, batch, (latitude, latText, latOk), (longitude, lonText, lonOk))
            ? InKorea(input, row, batch, (latitude, latText, lat), (longitude, lonText, lon))
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

        var latOk = TryParts(row, latitude, out var lat);
        var lonOk = TryParts(row, longitude, out var lon);
        var latCheck = (latitude.Degree, latText, latOk);
        var lonCheck = (longitude.Degree, lonText, lonOk);

        return Checked(input, row, batch, latCheck, lonCheck)
            ? InKorea(input, row, batch, (latitude.Degree, latText, lat), (longitude.Degree, lonText, lon))
            : null;
    }

    /// <summary>From easting and northing cells in <paramref name="system"/>.</summary>
    public static GeoPoint? FromProjected(
        LayoutInput input,
        TableRow row,
        (Column X, Column Y) columns,
        ReferenceSystem system,
        SourceBatch batch)
    {
        var xText = LayoutInput.Cell(row, columns.X);
        var yText = LayoutInput.Cell(row, columns.Y);

        if (xText.Length == 0 && yText.Length == 0)
        {
            return null;
        }

        var xOk = CellValueParser.TryParseNumber(xText, out var x) && double.IsFinite(x);
        var yOk = CellValueParser.TryParseNumber(yText, out var y) && double.IsFinite(y);

        if (!Checked(input, row, batch, (columns.X, xText, xOk), (columns.Y, yText, yOk)))
        {
            return null;
        }

        var point = system.ToWgs84(x, y);

        if (KoreaExtent.Contains(point))
        {
            return point;
        }

        var swapped = PositionProblems.LooksSwapped(point, system.ToWgs84(y, x))
            ? $"X and Y look swapped: '{columns.X.Header}' should hold the easting and "
                + $"'{columns.Y.Header}' the northing"
            : $"check that the coordinates are in {system.Code}";

        batch.Diagnostics.Add(input.Warning(
            DiagnosticCodes.OutsideKorea,
            PositionProblems.OutsideKorea(PositionProblems.Projected(x, y, system, point), swapped),
            row,
            columns.X,
            $"{xText}, {yText}"));

        return null;
    }

    private static GeoPoint? InKorea(
        LayoutInput input,
        TableRow row,
        SourceBatch batch,
        (Column? Column, string Text, double Degrees) latitude,
        (Column? Column, string Text, double Degrees) longitude)
    {
        var point = new GeoPoint(latitude.Degrees, longitude.Degrees);

        if (KoreaExtent.Contains(point))
        {
            return point;
        }

        var swapped = PositionProblems.LooksSwapped(point, new GeoPoint(longitude.Degrees, latitude.Degrees))
            ? $"latitude and longitude look swapped: '{latitude.Column?.Header}' should hold the "
                + $"latitude and '{longitude.Column?.Header}' the longitude"
            : null;

        batch.Diagnostics.Add(input.Warning(
            DiagnosticCodes.OutsideKorea,
            PositionProblems.OutsideKorea(PositionProblems.Degrees(point), swapped),
            row,
            latitude.Column,
            $"{latitude.Text}, {longitude.Text}"));

        return null;
    }

    private static bool Checked(
        LayoutInput input,
        TableRow row,
        SourceBatch batch,
        (Column? Column, string Text, bool Ok) first,
        (Column? Column, string Text, bool Ok) second)
    {
        foreach (var (column, text, ok) in new[] { first, second })
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

        return first.Ok && second.Ok;
    }

    /// <summary>Degrees from split degree, minute and second cells, reporting nothing.</summary>
    public static bool TryParts(TableRow row, DmsColumns parts, out double degrees) =>
        DmsCoordinate.TryFromParts(
            LayoutInput.Cell(row, parts.Degree),
            LayoutInput.Cell(row, parts.Minute),
            LayoutInput.Cell(row, parts.Second),
            out degrees);

    private static string Join(TableRow row, DmsColumns parts) =>
        $"{LayoutInput.Cell(row, parts.Degree)} {LayoutInput.Cell(row, parts.Minute)} "
        + LayoutInput.Cell(row, parts.Second);
}
