using System.Globalization;
using System.Text;
using AlienFish.Abstractions;
using AlienFish.Replicas.Portal;
using CsvHelper;
using NPOI.SS.UserModel;

namespace AlienFish.Plugins.Portal.Tests;

/// <summary>
/// Reads the data rows of downloaded files, independently of the replica's own code: XLSX
/// fish sheets with NPOI (header rows skipped by their count), CP949 CSV with CsvHelper.
/// Rows come back in the replica's <see cref="HeldRow"/> form so the two can be compared.
/// </summary>
internal static class DownloadedRows
{
    private static readonly Dictionary<string, int> HeaderRows = new() { ["출현생물"] = 1, ["현지조사"] = 3 };

    static DownloadedRows()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static IReadOnlyList<HeldRow> Read(IEnumerable<RawFile> files) => files.SelectMany(Read).ToList();

    public static IReadOnlyList<HeldRow> Read(RawFile file)
    {
        var bytes = file.Content.ToArray();

        return bytes[0] == 'P' && bytes[1] == 'K' ? ReadWorkbook(bytes) : ReadCsv(bytes);
    }

    /// <summary>The rows as tab-joined text, sorted, so two multisets compare as lists.</summary>
    public static List<string> Sorted(IEnumerable<HeldRow> rows) =>
        rows.Select(r => r.Sheet + "|" + r.Text).Order(StringComparer.Ordinal).ToList();

    private static List<HeldRow> ReadWorkbook(byte[] bytes)
    {
        var workbook = WorkbookFactory.Create(new MemoryStream(bytes));
        var sheet = workbook.GetSheetAt(0);
        var name = sheet.SheetName;
        var width = sheet.GetRow(0).LastCellNum;
        var rows = new List<HeldRow>();

        for (var r = HeaderRows[name]; r <= sheet.LastRowNum; r++)
        {
            var cells = Enumerable.Range(0, width).Select(c => Text(sheet.GetRow(r)?.GetCell(c))).ToList();

            // 번호 is numbered afresh in every download, so it says nothing about the row.
            rows.Add(new HeldRow(name, name == "출현생물" ? cells.Skip(1).ToList() : cells));
        }

        return rows;
    }

    private static List<HeldRow> ReadCsv(byte[] bytes)
    {
        var text = Encoding.GetEncoding(949).GetString(bytes);
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false });
        var rows = new List<HeldRow>();

        // The first record is the header line.
        for (var line = 0; csv.Read(); line++)
        {
            if (line > 0)
            {
                rows.Add(new HeldRow("수질", Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToList()));
            }
        }

        return rows;
    }

    private static string Text(ICell? cell) => cell?.CellType switch
    {
        CellType.Numeric => cell.NumericCellValue.ToString("R", CultureInfo.InvariantCulture),
        CellType.String => cell.StringCellValue,
        _ => "",
    };
}
