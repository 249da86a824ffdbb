using System.Globalization;
using System.Text;
using AlienFish.Abstractions;

// The host finds the plugin through this attribute; it also records the contract version.
[assembly: FishdensPlugin(typeof(MyStations.StationTableSource))]

namespace MyStations;

/// <summary>
/// A file source for a station table of your own: a UTF-8 CSV whose header is exactly
/// <c>code,name,latitude,longitude</c> (WGS84 decimal degrees). Copy this project, rename
/// it, and change <see cref="Recognise"/> and <see cref="Read"/> for your format.
/// </summary>
public sealed class StationTableSource : IFileSource
{
    private const string Header = "code,name,latitude,longitude";

    public string Name => "my-stations";

    public string Description => "Stations from a code,name,latitude,longitude CSV";

    public PluginKind Kind => PluginKind.Source;

    public string? Recognise(RawFile file)
    {
        var text = Encoding.UTF8.GetString(file.Content.Span);
        return text.StartsWith(Header, StringComparison.Ordinal) ? "my-station-table" : null;
    }

    public SourceBatch Read(RawFile file, CancellationToken cancellationToken)
    {
        var batch = new SourceBatch("my-station-table");
        var lines = Encoding.UTF8.GetString(file.Content.Span).Split('\n');

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');

            if (line.Length == 0)
            {
                continue;
            }

            batch.Stations.Add(ReadStation(file, line, row: i + 1));
        }

        return batch;
    }

    private static Station ReadStation(RawFile file, string line, int row)
    {
        var cells = line.Split(',');

        if (cells.Length != 4)
        {
            throw new SourceFormatException(
                $"{file.Name}, row {row}: expected 4 cells (code,name,latitude,longitude), found {cells.Length}",
                new SourceLocation(file.Name, null, row, null));
        }

        var latitude = Degrees(file, row, "latitude", cells[2]);
        var longitude = Degrees(file, row, "longitude", cells[3]);

        return new Station(Networks.WaterQuality, cells[0], cells[1], new GeoPoint(latitude, longitude));
    }

    private static double Degrees(RawFile file, int row, string column, string text)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new SourceFormatException(
            $"{file.Name}, row {row}, column '{column}': '{text}' is not a decimal number of degrees",
            new SourceLocation(file.Name, null, row, column));
    }
}
