using System.Globalization;
using System.Text;

namespace AlienFish.Replicas.Portal.Data;

/// <summary>
/// The 수질측정망 long exports of every sample year. A download is the header line and the
/// chosen sample lines exactly as the portal wrote them: CP949, every field quoted, LF.
/// </summary>
internal sealed class WaterQualityTable
{
    private static readonly Encoding Cp949 = CreateCp949();

    private readonly byte[] _header;

    private WaterQualityTable(byte[] header, List<WaterQualityRow> rows)
    {
        _header = header;
        Rows = rows;
    }

    public IReadOnlyList<WaterQualityRow> Rows { get; }

    public static WaterQualityTable Load(string folder)
    {
        var files = Directory.GetFiles(folder, "geum*.csv").Order(StringComparer.Ordinal).ToList();
        byte[]? header = null;
        var rows = new List<WaterQualityRow>();

        foreach (var file in files)
        {
            var lines = SplitLines(File.ReadAllBytes(file));
            header ??= lines[0];
            rows.AddRange(lines.Skip(1).Where(l => l.Length > 0).Select(Parse));
        }

        return new WaterQualityTable(header ?? throw new InvalidOperationException("no geum*.csv in " + folder), rows);
    }

    public IReadOnlyList<WaterQualityRow> Select(IReadOnlySet<string> codes, int fromMonth, int toMonth) =>
        Rows.Where(r => codes.Contains(r.Code) && r.Month >= fromMonth && r.Month <= toMonth).ToList();

    public static HeldRow Held(WaterQualityRow row) => new("수질", row.Fields);

    public byte[] Write(IReadOnlyList<WaterQualityRow> rows)
    {
        var output = new MemoryStream();
        output.Write(_header);
        output.WriteByte((byte)'\n');

        foreach (var row in rows)
        {
            output.Write(row.Line);
            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }

    private static WaterQualityRow Parse(byte[] line)
    {
        var fields = SplitQuoted(Cp949.GetString(line));
        var date = fields[2];
        var month = int.Parse(date[..4] + date.Substring(5, 2), CultureInfo.InvariantCulture);

        return new WaterQualityRow(fields[0], fields[1], month, fields, line);
    }

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;

        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == '\n')
            {
                var end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                lines.Add(bytes[start..end]);
                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>Splits one line whose fields are all quoted, with <c>""</c> for a quote.</summary>
    private static List<string> SplitQuoted(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];

            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());

        return fields;
    }

    private static Encoding CreateCp949()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        return Encoding.GetEncoding(949);
    }
}
