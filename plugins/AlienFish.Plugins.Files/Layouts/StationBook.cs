using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// The stations of a sample table, one per key. The first row of a key gives its station,
/// named and placed as that row says; a later row that places it elsewhere is reported once,
/// since a station's position does not change within an export.
/// </summary>
internal sealed class StationBook
{
    private readonly LayoutInput _input;
    private readonly SourceBatch _batch;
    private readonly string _network;
    private readonly Dictionary<string, (TableRow Row, string Position)> _seen = [];
    private readonly HashSet<string> _moved = [];
    private readonly Column? _name;
    private readonly Column? _latitude;
    private readonly Column? _longitude;
    private readonly DmsColumns _latitudeParts;
    private readonly DmsColumns _longitudeParts;

    public StationBook(LayoutInput input, SourceBatch batch, string network)
    {
        _input = input;
        _batch = batch;
        _network = network;

        var columns = input.Columns;

        _name = columns.Find(HeaderRole.StationName);
        _latitude = columns.Find(HeaderRole.Latitude);
        _longitude = columns.Find(HeaderRole.Longitude);
        _latitudeParts = new DmsColumns(
            columns.Find(HeaderRole.LatitudeDmsDegree),
            columns.Find(HeaderRole.LatitudeDmsMinute),
            columns.Find(HeaderRole.LatitudeDmsSecond));
        _longitudeParts = new DmsColumns(
            columns.Find(HeaderRole.LongitudeDmsDegree),
            columns.Find(HeaderRole.LongitudeDmsMinute),
            columns.Find(HeaderRole.LongitudeDmsSecond));
    }

    /// <summary>Notes the station of a row keyed <paramref name="code"/> in <paramref name="keyColumn"/>.</summary>
    public void Note(string code, TableRow row, Column keyColumn)
    {
        var position = PositionText(row);

        if (_seen.TryGetValue(code, out var first))
        {
            if (first.Position != position && !SamePlace(first.Row, row) && _moved.Add(code))
            {
                _batch.Diagnostics.Add(_input.Warning(
                    DiagnosticCodes.StationMoved,
                    $"station {code} is placed elsewhere than on row {first.Row.Number}; "
                        + "the first position is kept",
                    row,
                    _latitude ?? _latitudeParts.Degree,
                    position));
            }

            return;
        }

        _seen.Add(code, (row, position));
        CodeCheck.Report(_input, _batch, row, keyColumn, code);

        var name = _name is null ? code : LayoutInput.Cell(row, _name);

        _batch.Stations.Add(new Station(_network, code, name, Locate(row))
        {
            Origin = _input.Where(row, keyColumn),
        });
    }

    private GeoPoint? Locate(TableRow row)
    {
        if (_latitudeParts.Degree is not null && _latitude is null)
        {
            return Positions.FromParts(_input, row, _latitudeParts, _longitudeParts, _batch);
        }

        return _latitude is null && _longitude is null
            ? null
            : Positions.FromText(_input, row, _latitude, _longitude, _batch);
    }

    /// <summary>
    /// True when two rows written differently place a station at the same point:
    /// <c>36°27'52.7"</c> and <c>36°27'52.7</c>, or <c>36.5</c> and <c>36.50</c>.
    /// </summary>
    private bool SamePlace(TableRow first, TableRow later) =>
        Degrees(first) is { } a && Degrees(later) is { } b && Positions.Same(a, b);

    /// <summary>The row's position read without reporting anything, or null when it has none.</summary>
    private GeoPoint? Degrees(TableRow row)
    {
        double latitude;
        double longitude;

        // Both sides are read whatever the first gives (&, not &&), so both are assigned.
        var read = _latitudeParts.Degree is not null && _latitude is null
            ? Positions.TryParts(row, _latitudeParts, out latitude)
                & Positions.TryParts(row, _longitudeParts, out longitude)
            : DmsCoordinate.TryParse(LayoutInput.Cell(row, _latitude), out latitude)
                & DmsCoordinate.TryParse(LayoutInput.Cell(row, _longitude), out longitude);

        return read ? new GeoPoint(latitude, longitude) : null;
    }

    private string PositionText(TableRow row) =>
        string.Join(
            " ",
            new[]
            {
                _latitude, _longitude, _latitudeParts.Degree, _latitudeParts.Minute,
                _latitudeParts.Second, _longitudeParts.Degree, _longitudeParts.Minute,
                _longitudeParts.Second,
            }
            .Where(column => column is not null)
            .Select(column => LayoutInput.Cell(row, column)));
}
