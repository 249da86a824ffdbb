using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace AlienFish.Replicas.OpenApi;

/// <summary>
/// The rows of 수질측정망 exports turned into the items <c>getWaterMeasuringList</c> serves:
/// the date <c>2016/01/04</c> becomes <c>WMCYMD</c> <c>2016.01.04</c> with <c>WMYR</c> 2016 and
/// <c>WMOD</c> 01, 회차 becomes <c>WMWK</c>, a DMS position is split into degrees, minutes and
/// seconds as written, and measured values are left-padded strings; text such as 정량한계미만
/// and empty cells pass through as they are.
/// </summary>
internal static partial class SampleMeasurements
{
    /// <summary>The width the API pads values to, as in <c>"         1.2"</c>.</summary>
    public const int ValueWidth = 12;

    // The export's header, the one place its Korean names appear, and the API field of each.
    private static readonly (string Header, string Field)[] Values =
    [
        ("DO(㎎/L)", "ITEM_DOC"),
        ("BOD(㎎/L)", "ITEM_BOD"),
        ("COD(㎎/L)", "ITEM_COD"),
        ("TN(㎎/L)", "ITEM_TN"),
        ("TP(㎎/L)", "ITEM_TP"),
        ("TOC(㎎/L)", "ITEM_TOC"),
        ("SS(㎎/L)", "ITEM_SS"),
    ];

    private static readonly ConcurrentDictionary<string, IReadOnlyList<MeasurementRow>> Loaded = new();

    /// <summary>The rows of one file; files are read once per process, since every test starts a replica.</summary>
    public static IReadOnlyList<MeasurementRow> Read(string path) =>
        Loaded.GetOrAdd(Path.GetFullPath(path), ReadFile);

    private static List<MeasurementRow> ReadFile(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(path, Encoding.GetEncoding(949));
        var records = QuotedCsv.Parse(text);
        var header = records[0];

        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0
            ? i
            : throw new InvalidDataException($"{path}: no column '{name}' in the header");

        var code = Column("분류번호");
        var name = Column("측정소명");
        var date = Column("년/월/일");
        var round = Column("회차");
        var longitude = Column("경도");
        var latitude = Column("위도");
        var values = Values.Select(v => (Index: Column(v.Header), v.Field)).ToList();

        return [.. records.Skip(1).Where(r => r.Length == header.Length).Select(r =>
        {
            var day = r[date].Split('/');
            var fields = new List<KeyValuePair<string, string>>
            {
                new("PT_NO", r[code]),
                new("PT_NM", r[name]),
                new("WMCYMD", string.Join('.', day)),
                new("WMYR", day[0]),
                new("WMOD", day[1]),
                new("WMWK", r[round]),
            };

            fields.AddRange(Dms("LON", r[longitude]));
            fields.AddRange(Dms("LAT", r[latitude]));
            fields.AddRange(values.Select(v => new KeyValuePair<string, string>(v.Field, Padded(r[v.Index]))));

            return new MeasurementRow(r[code], day[0], day[1], fields);
        })];
    }

    private static IEnumerable<KeyValuePair<string, string>> Dms(string axis, string text)
    {
        var match = DmsPattern().Match(text);
        string[] parts = match.Success
            ? [match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value]
            : ["", "", ""];

        yield return new($"{axis}_DGR", parts[0]);
        yield return new($"{axis}_MIN", parts[1]);
        yield return new($"{axis}_SEC", parts[2]);
    }

    // Numbers are padded; words such as 정량한계미만 and empty cells are not.
    private static string Padded(string value) =>
        value.Length > 0 && (char.IsAsciiDigit(value[0]) || value[0] is '.' or '-')
            ? value.PadLeft(ValueWidth)
            : value;

    // 127°6'.1" has an empty whole part of the seconds, which the API keeps as written.
    [GeneratedRegex("""^\s*(\d+)°(\d*)'([\d.]*)"?\s*$""", RegexOptions.CultureInvariant)]
    private static partial Regex DmsPattern();
}
