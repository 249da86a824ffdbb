using System.Globalization;
using NPOI.SS.UserModel;

namespace AlienFish.Replicas.Portal.Data;

/// <summary>Turns workbook cells into the text form <see cref="HeldRow"/> promises.</summary>
internal static class CellText
{
    public static object? Value(ICell? cell)
    {
        if (cell is null)
        {
            return null;
        }

        var type = cell.CellType == CellType.Formula ? cell.CachedFormulaResultType : cell.CellType;

        return type switch
        {
            CellType.Numeric => cell.NumericCellValue,
            CellType.String => cell.StringCellValue,
            CellType.Boolean => cell.BooleanCellValue ? "TRUE" : "FALSE",
            _ => null,
        };
    }

    public static string Text(object? value) => value switch
    {
        null => "",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        string text => text,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
