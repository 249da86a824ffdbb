using System.Globalization;
using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;

namespace AlienFish.Replicas.Portal.Data;

/// <summary>
/// One fish sheet (출현생물 or 현지조사) of every sample year, and the XLSX template that
/// gives downloads the portal's header rows. Like the portal, downloads are XLSX files
/// that are named <c>.xls</c>.
/// </summary>
internal sealed class FishSheet
{
    private readonly byte[] _template;
    private readonly int _numberColumn;

    private FishSheet(string name, int headerRows, int numberColumn, byte[] template, List<FishRow> rows)
    {
        Name = name;
        HeaderRows = headerRows;
        _numberColumn = numberColumn;
        _template = template;
        Rows = rows;
    }

    public string Name { get; }

    public int HeaderRows { get; }

    public IReadOnlyList<FishRow> Rows { get; }

    /// <param name="columns">Where 연도, 회차 and 분류코드 sit in this sheet.</param>
    public static FishSheet Load(string folder, string name, int headerRows, int numberColumn, SheetColumns columns)
    {
        var files = Directory.GetFiles(folder, $"어류_{name}_*.xls").Order(StringComparer.Ordinal).ToList();
        var template = files.Select(File.ReadAllBytes).FirstOrDefault(IsZip)
            ?? throw new InvalidOperationException($"no XLSX 어류_{name} workbook in {folder} to use as template");
        var rows = new List<FishRow>();

        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            var workbook = WorkbookFactory.Create(stream);
            rows.AddRange(ReadRows(workbook.GetSheetAt(0), headerRows, columns).ToList());
            workbook.Close();
        }

        return new FishSheet(name, headerRows, numberColumn, template, rows);
    }

    public IReadOnlyList<FishRow> Select(IReadOnlySet<string> codes, int fromPeriod, int toPeriod) =>
        Rows.Where(r => codes.Contains(r.Code) && r.Period >= fromPeriod && r.Period <= toPeriod).ToList();

    public HeldRow Held(FishRow row)
    {
        var cells = row.Values.Select(CellText.Text);

        return new HeldRow(Name, (_numberColumn >= 0 ? cells.Where((_, i) => i != _numberColumn) : cells).ToList());
    }

    /// <summary>The template's header rows followed by <paramref name="rows"/>, numbered afresh.</summary>
    public byte[] Write(IReadOnlyList<FishRow> rows)
    {
        var workbook = new XSSFWorkbook(new MemoryStream(_template));
        var sheet = workbook.GetSheetAt(0);

        for (var i = sheet.LastRowNum; i >= HeaderRows; i--)
        {
            if (sheet.GetRow(i) is { } old)
            {
                sheet.RemoveRow(old);
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            WriteRow(sheet.CreateRow(HeaderRows + i), rows[i], i + 1);
        }

        var output = new MemoryStream();
        workbook.Write(output);

        return output.ToArray();
    }

    private void WriteRow(IRow target, FishRow row, int number)
    {
        for (var c = 0; c < row.Values.Count; c++)
        {
            var value = c == _numberColumn ? number : row.Values[c];

            switch (value)
            {
                case double d:
                    target.CreateCell(c).SetCellValue(d);
                    break;
                case int n:
                    target.CreateCell(c).SetCellValue(n);
                    break;
                case string s:
                    target.CreateCell(c).SetCellValue(s);
                    break;
            }
        }
    }

    private static IEnumerable<FishRow> ReadRows(ISheet sheet, int headerRows, SheetColumns columns)
    {
        var width = sheet.GetRow(0)?.LastCellNum ?? 0;

        for (var r = headerRows; r <= sheet.LastRowNum; r++)
        {
            var row = sheet.GetRow(r);
            var values = Enumerable.Range(0, width).Select(c => CellText.Value(row?.GetCell(c))).ToList();
            var code = CellText.Text(values[columns.Code]);

            if (code.Length == 0)
            {
                continue;
            }

            yield return new FishRow(Number(values[columns.Year]), Number(values[columns.Round]), code, values);
        }
    }

    private static int Number(object? value) =>
        (int)double.Parse(CellText.Text(value), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool IsZip(byte[] bytes) => bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
}
