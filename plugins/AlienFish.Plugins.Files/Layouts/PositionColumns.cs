using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Geography;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// The coordinate columns of a station list or reach sheet and the reference system of its
/// projected ones. A row is placed by the first form it fills in: decimal degrees, split
/// DMS fields, DMS text, then projected X (easting) and Y (northing).
/// </summary>
internal sealed class PositionColumns
{
    private readonly Column? _latitudeDegrees;
    private readonly Column? _longitudeDegrees;
    private readonly DmsColumns _latitudeParts;
    private readonly DmsColumns _longitudeParts;
    private readonly Column? _latitude;
    private readonly Column? _longitude;
    private readonly (Column X, Column Y)? _projected;
    private readonly ReferenceSystem? _system;

    private PositionColumns(LayoutInput input)
    {
        var columns = input.Columns;

        _latitudeDegrees = columns.Find(HeaderRole.LatitudeDegrees);
        _longitudeDegrees = columns.Find(HeaderRole.LongitudeDegrees);
        _latitudeParts = new DmsColumns(
            columns.Find(HeaderRole.LatitudeDmsDegree),
            columns.Find(HeaderRole.LatitudeDmsMinute),
            columns.Find(HeaderRole.LatitudeDmsSecond));
        _longitudeParts = new DmsColumns(
            columns.Find(HeaderRole.LongitudeDmsDegree),
            columns.Find(HeaderRole.LongitudeDmsMinute),
            columns.Find(HeaderRole.LongitudeDmsSecond));
        _latitude = columns.Find(HeaderRole.Latitude);
        _longitude = columns.Find(HeaderRole.Longitude);

        var x = columns.Find(HeaderRole.ProjectedX);
        var y = columns.Find(HeaderRole.ProjectedY);

        if (x is not null && y is not null)
        {
            _projected = (x, y);
            _system = SystemOf(input, x, y);
        }
    }

    /// <summary>
    /// The position columns of a table.
    /// </summary>
    /// <exception cref="SourceFormatException">
    /// The table has projected columns and neither their headers nor the <c>crs</c> setting
    /// name a reference system this source knows, or the two disagree.
    /// </exception>
    public static PositionColumns Of(LayoutInput input) => new(input);

    /// <summary>True when a header can place a row: both X and Y, or any geographic column.</summary>
    public static bool CanPlace(ColumnMap columns) =>
        columns.Has(HeaderRole.LatitudeDegrees)
        || columns.Has(HeaderRole.LatitudeDmsDegree)
        || columns.Has(HeaderRole.Latitude)
        || (columns.Has(HeaderRole.ProjectedX) && columns.Has(HeaderRole.ProjectedY));

    public GeoPoint? Locate(LayoutInput input, TableRow row, SourceBatch batch)
    {
        if (Written(row, _latitudeDegrees, _longitudeDegrees))
        {
            return Positions.FromText(input, row, _latitudeDegrees, _longitudeDegrees, batch);
        }

        if (Written(row, _latitudeParts.Degree, _longitudeParts.Degree))
        {
            return Positions.FromParts(input, row, _latitudeParts, _longitudeParts, batch);
        }

        if (Written(row, _latitude, _longitude))
        {
            return Positions.FromText(input, row, _latitude, _longitude, batch);
        }

        return _projected is { } projected && _system is not null
            ? Positions.FromProjected(input, row, projected, _system, batch)
            : null;
    }

    private static bool Written(TableRow row, Column? first, Column? second) =>
        LayoutInput.Cell(row, first).Length > 0 || LayoutInput.Cell(row, second).Length > 0;

    /// <summary>The system the X and Y headers name, else the <c>crs</c> setting's.</summary>
    private static ReferenceSystem SystemOf(LayoutInput input, Column x, Column y)
    {
        var hints = new[] { x, y }
            .Select(column => (Column: column, Hint: CrsHint.Of(column.Header)))
            .Where(found => found.Hint is not null)
            .ToList();
        var setting = input.Settings.Crs;

        if (hints.Count == 0)
        {
            return setting ?? throw FileErrors.NoCrs(input.FileName, x.Header, y.Header);
        }

        var named = hints.Select(found => ReferenceSystems.Parse(found.Hint!)
            ?? throw FileErrors.UnknownCrs(input.FileName, $"the header '{found.Column.Header}'", found.Hint!))
            .Distinct()
            .ToList();

        if (named.Count > 1)
        {
            throw FileErrors.CrsConflict(
                input.FileName, $"'{x.Header}' and '{y.Header}' name", named[0].Code, named[1].Code);
        }

        if (setting is not null && setting != named[0])
        {
            var where = $"the header '{hints[0].Column.Header}' and --set crs name";

            throw FileErrors.CrsConflict(input.FileName, where, named[0].Code, setting.Code);
        }

        return named[0];
    }
}
