using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Tables;

namespace AlienFish.Plugins.Files.Layouts;

/// <summary>One table of a file with its located header, as a layout reader gets it.</summary>
internal sealed class LayoutInput
{
    public LayoutInput(string fileName, Table table, ColumnMap columns, FilesSettings? settings = null)
    {
        FileName = fileName;
        Table = table;
        Columns = columns;
        Settings = settings ?? FilesSettings.None;
    }

    public string FileName { get; }

    public Table Table { get; }

    public ColumnMap Columns { get; }

    /// <summary>The user's <c>--set</c> settings, e.g. the reference system of X/Y columns.</summary>
    public FilesSettings Settings { get; }

    /// <summary>The trimmed cell of a column; empty when the file has no such column.</summary>
    public static string Cell(TableRow row, Column? column) =>
        column is null ? "" : row[column.Index];

    public SourceLocation Where(TableRow row, Column? column) =>
        new(FileName, Table.Sheet, row.Number, column?.Header);

    public Diagnostic Warning(
        string code, string message, TableRow row, Column? column, string? raw = null) =>
        new(DiagnosticSeverity.Warning, code, message, Where(row, column), raw);

    public Diagnostic Info(
        string code, string message, TableRow row, Column? column, string? raw = null) =>
        new(DiagnosticSeverity.Info, code, message, Where(row, column), raw);
}
