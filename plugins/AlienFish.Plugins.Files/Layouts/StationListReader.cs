using System.Globalization;
using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Parsing;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>
/// A list of stations keyed by their code, such as the hand-edited 금강 station list
/// (분류번호), the automatic network's feature list (<c>code,name,basin,lat,lon</c> or
/// <c>WQAMN_CODE</c>) and the algae-alert points (<c>SWMN_CODE</c>), placed as
/// <see cref="PositionColumns"/> says: decimal degrees, split DMS fields, DMS text or projected
/// Korean TM X/Y. An empty first header cell holds the site name, preferred to 이름 (the
/// total-load label, e.g. 금본B1). The network of the stations is a <c>network</c> column's
/// where there is one, else told by <see cref="StationNetworks"/>.
/// </summary>
internal sealed class StationListReader : ILayoutReader
{
    public string Layout => FileLayouts.StationList;

    public IReadOnlyList<HeaderRole> Signature { get; } =
        [HeaderRole.StationCode, HeaderRole.LatitudeDegrees, HeaderRole.LongitudeDegrees];

    public HeaderRole KeyRole => HeaderRole.StationCode;

    public bool Accepts(ColumnMap columns) =>
        columns.Has(HeaderRole.StationCode)
        && !columns.Has(HeaderRole.SampleDate)
        && !columns.Has(HeaderRole.ReachCode)
        && PositionColumns.CanPlace(columns);

    public void Read(LayoutInput input, SourceBatch batch, CancellationToken cancellationToken)
    {
        var columns = input.Columns;
        var code = columns.Find(HeaderRole.StationCode)!;
        var name = columns.Find(HeaderRole.StationName);
        var networkColumn = columns.Find(HeaderRole.Network);
        var firstColumn = columns.Columns[0].Header.Length == 0 ? columns.Columns[0] : null;
        var positions = PositionColumns.Of(input);
        var seen = new Dictionary<string, Station>(StringComparer.Ordinal);

        foreach (var row in columns.DataRows(input.Table, KeyRole))
        {
            cancellationToken.ThrowIfCancellationRequested();

            if (row.IsBlank)
            {
                continue;
            }

            var stationName = FirstNonBlank(LayoutInput.Cell(row, firstColumn), LayoutInput.Cell(row, name));
            var stationCode = LayoutInput.Cell(row, code);

            if (stationCode.Length == 0)
            {
                batch.Diagnostics.Add(input.Warning(
                    DiagnosticCodes.MissingKey,
                    "the row has no station code, so no station was made for it",
                    row,
                    code,
                    stationName));

                continue;
            }

            if (seen.TryGetValue(stationCode, out var first))
            {
                batch.Diagnostics.Add(Repeated(input, row, code, first, stationName, positions));

                continue;
            }

            CodeCheck.Report(input, batch, row, code, stationCode);

            var written = LayoutInput.Cell(row, networkColumn);
            var network = written.Length > 0 ? written : StationNetworks.Of(code.Header, stationCode);

            var station = new Station(network, stationCode, stationName, positions.Locate(input, row, batch))
            {
                Origin = input.Where(row, code),
            };

            seen.Add(stationCode, station);
            batch.Stations.Add(station);
        }
    }

    /// <summary>
    /// A note when a station is listed again as it was, a warning when its name or place
    /// differ: only the first entry is kept.
    /// </summary>
    private static Diagnostic Repeated(
        LayoutInput input, TableRow row, Column code, Station first, string name, PositionColumns positions)
    {
        // Read without reporting: the row is not kept, so its problems are not the store's.
        var place = positions.Locate(input, row, new SourceBatch(FileLayouts.StationList));
        var firstRow = first.Origin!.Row;
        var distance = place is { } at && first.Location is { } was ? Kilometres(was, at) : (double?)null;
        var samePlace = place == first.Location || (place is { } here && first.Location is { } there
            && Positions.Same(here, there));

        if (samePlace && name == first.Name)
        {
            return input.Info(
                DiagnosticCodes.DuplicateRecord,
                $"station {first.Code} is listed again as on row {firstRow}; it is kept once",
                row,
                code);
        }

        var how = samePlace ? $"with the name {name}"
            : distance is { } km ? string.Create(CultureInfo.InvariantCulture, $"{km:0.#} km from there")
            : "elsewhere";

        return input.Warning(
            DiagnosticCodes.DuplicateRecord,
            $"station {first.Code} is listed again, {how}; the row {firstRow} entry is kept",
            row,
            code);
    }

    /// <summary>The great-circle distance, for a message: a sphere is close enough.</summary>
    private static double Kilometres(GeoPoint a, GeoPoint b)
    {
        const double EarthRadius = 6371.0;
        var dLat = double.DegreesToRadians(b.Latitude - a.Latitude);
        var dLon = double.DegreesToRadians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(double.DegreesToRadians(a.Latitude)) * Math.Cos(double.DegreesToRadians(b.Latitude))
                * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));

        return 2 * EarthRadius * Math.Asin(Math.Sqrt(h));
    }

    private static string FirstNonBlank(string first, string second) =>
        first.Length > 0 ? first : second;
}
