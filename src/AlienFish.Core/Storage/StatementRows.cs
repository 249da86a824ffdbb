using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AlienFish.Core.Storage;

/// <summary>
/// A SELECT prepared on the store's connection and stepped through SQLite's own interface,
/// for the tables a match reads whole: hundreds of thousands of rows, where the ADO.NET
/// layer's cost per value is several times SQLite's. Text that repeats from row to row
/// (networks, station codes, dates, variables, units) is read through <see cref="SharedText"/>
/// and kept once, so the rows held in memory do not each carry their own copies.
/// </summary>
internal sealed class StatementRows : IDisposable
{
    /// <summary>Longer text is rare among shared values and is decoded on the heap.</summary>
    private const int StackChars = 256;

    private readonly sqlite3 _db;

    private readonly sqlite3_stmt _statement;

    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _sharedBySpan;

    public StatementRows(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the store's connection is not open");
        _sharedBySpan = _shared.GetAlternateLookup<ReadOnlySpan<char>>();
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Moves to the next row; false after the last.</summary>
    public bool Read()
    {
        var step = raw.sqlite3_step(_statement);

        if (step == raw.SQLITE_ROW)
        {
            return true;
        }

        Check(step);

        return false;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    /// <summary>The column's text; empty for NULL.</summary>
    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string() ?? "";

    public string? NullableText(int column) => IsNull(column) ? null : Text(column);

    /// <summary>The column's text, the same string instance for the same text; empty for NULL.</summary>
    public string SharedText(int column)
    {
        var bytes = raw.sqlite3_column_blob(_statement, column);
        var length = Encoding.UTF8.GetCharCount(bytes);

        if (length > StackChars)
        {
            return Share(Encoding.UTF8.GetString(bytes));
        }

        Span<char> chars = stackalloc char[length];
        Encoding.UTF8.GetChars(bytes, chars);

        return _sharedBySpan.TryGetValue(chars, out var known) ? known : Share(chars.ToString());
    }

    public string? NullableSharedText(int column) => IsNull(column) ? null : SharedText(column);

    public int Int32(int column) => raw.sqlite3_column_int(_statement, column);

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    public double? NullableDouble(int column) => IsNull(column) ? null : Double(column);

    public void Dispose() => _statement.Dispose();

    private string Share(string text)
    {
        if (_shared.TryGetValue(text, out var known))
        {
            return known;
        }

        _shared.Add(text, text);

        return text;
    }

    private void Check(int code)
    {
        if (code is not raw.SQLITE_OK and not raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), code);
        }
    }
}
