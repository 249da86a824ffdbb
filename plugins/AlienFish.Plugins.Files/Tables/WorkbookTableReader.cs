using System.Globalization;
using System.IO.Compression;
using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Decoding;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;

namespace AlienFish.Plugins.Files.Tables;

/// <summary>
/// Reads every sheet of an XLSX or BIFF8 workbook into rows of cell text. Numbers become
/// invariant text that round-trips, so a value reads the same from a workbook as from the
/// CSV export of the same rows.
/// </summary>
internal static class WorkbookTableReader
{
    private const string WorkbookPart = "xl/workbook.xml";

    /// <summary>
    /// The most a workbook may unpack to. A sheet of 200,000 rows unpacks to about 100 MB; a
    /// zip that claims more is refused before NPOI tries to hold it all in memory.
    /// </summary>
    private const long LargestUnpacked = 1_000_000_000;

    public static IReadOnlyList<Table> Read(
        RawFile file,
        FileContainer container,
        int? maxRows,
        CancellationToken cancellationToken)
    {
        var workbook = Open(file, container);

        try
        {
            var tables = new List<Table>();

            for (var i = 0; i < workbook.NumberOfSheets; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                tables.Add(ReadSheet(file.Name, workbook.GetSheetAt(i), maxRows, cancellationToken));
            }

            return tables;
        }
        finally
        {
            workbook.Close();
        }
    }

    private static IWorkbook Open(RawFile file, FileContainer container)
    {
        var bytes = file.Content.ToArray();

        if (container == FileContainer.Xlsx)
        {
            CheckZip(file.Name, bytes);
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);

            return container == FileContainer.Xlsx
                ? new XSSFWorkbook(stream)
                : new HSSFWorkbook(stream);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // NPOI reports damage with many exception types; to the user they all mean the
            // same thing.
            throw FileErrors.UnreadableWorkbook(file.Name, ex.Message.Length > 0 ? ex.Message : ex.GetType().Name);
        }
    }

    /// <summary>
    /// A download cut short still starts with the zip magic; the central directory at its
    /// end is what is missing, and reading that gives a clear answer before NPOI is asked.
    /// </summary>
    private static void CheckZip(string fileName, byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false));

            if (zip.GetEntry(WorkbookPart) is null)
            {
                throw FileErrors.ZipWithoutWorkbook(fileName);
            }

            var unpacked = zip.Entries.Sum(entry => entry.Length);

            if (unpacked > LargestUnpacked)
            {
                throw FileErrors.WorkbookTooLarge(fileName, unpacked, LargestUnpacked);
            }
        }
        catch (InvalidDataException)
        {
            throw FileErrors.DamagedZip(fileName);
        }
    }

    private static Table ReadSheet(
        string fileName, ISheet sheet, int? maxRows, CancellationToken cancellationToken)
    {
        var last = sheet.LastRowNum;

        if (maxRows is not null)
        {
            last = Math.Min(last, maxRows.Value - 1);
        }

        var rows = new List<TableRow>(last + 1);

        for (var i = 0; i <= last; i++)
        {
            if (i % 512 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            rows.Add(new TableRow(i + 1, ReadCells(fileName, sheet, sheet.GetRow(i))));
        }

        return new Table(sheet.SheetName, rows);
    }

    private static string[] ReadCells(string fileName, ISheet sheet, IRow? row)
    {
        if (row is null || row.LastCellNum <= 0)
        {
            return [];
        }

        var cells = new string[row.LastCellNum];

        for (var c = 0; c < cells.Length; c++)
        {
            try
            {
                cells[c] = CellText(row.GetCell(c));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A cell whose XML contradicts itself (text in a number cell, a shared string
                // that is not there) makes NPOI throw whatever it meets first.
                var cell = CellReference.ConvertNumToColString(c) + (row.RowNum + 1);
                var where = $"sheet '{sheet.SheetName}', cell {cell}";

                throw FileErrors.BrokenCell(fileName, where, ex.Message);
            }
        }

        return cells;
    }

    private static string CellText(ICell? cell)
    {
        if (cell is null)
        {
            return "";
        }

        var type = cell.CellType == CellType.Formula ? cell.CachedFormulaResultType : cell.CellType;

        return type switch
        {
            CellType.String => cell.StringCellValue ?? "",
            CellType.Numeric => NumberText(cell),
            CellType.Boolean => cell.BooleanCellValue ? "TRUE" : "FALSE",
            _ => "",
        };
    }

    private static string NumberText(ICell cell)
    {
        if (DateUtil.IsCellDateFormatted(cell))
        {
            var date = DateOf(cell);
            var format = date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm";

            return date.ToString(format, CultureInfo.InvariantCulture);
        }

        return cell.NumericCellValue.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The date of a date-formatted cell. NPOI asks the workbook whether it counts days from
    /// 1904 and fails when the workbook leaves out the properties that say so; such a
    /// workbook counts from 1900, the default.
    /// </summary>
    private static DateTime DateOf(ICell cell)
    {
        try
        {
            return cell.DateCellValue;
        }
        catch (NullReferenceException)
        {
            return DateUtil.GetJavaDate(cell.NumericCellValue, false);
        }
    }
}
