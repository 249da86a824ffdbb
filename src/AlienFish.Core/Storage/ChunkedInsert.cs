using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace AlienFish.Core.Storage;

/// <summary>
/// An INSERT written with the parameters <c>$0, $1, ...</c> in order, prepared once on the
/// store's connection and run row by row through SQLite's own interface, binding by
/// position (the per-row calls go straight to the library, <see cref="SqliteCalls"/>).
/// The ADO.NET layer's per-row cost is several times SQLite's insert work,
/// which matters for files of tens of thousands of samples. SQLite keeps a statement's
/// bindings from one row to the next, so a value equal to the one bound before (the same
/// station, date or unit on row after row) is not bound again.
/// </summary>
internal sealed class ChunkedInsert : IDisposable
{
    /// <summary>Marks a parameter that has not been bound yet; equal to no value.</summary>
    private static readonly object Unbound = new();

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly nint _handle;
    private object?[] _bound = [];

    /// <param name="transaction">The open transaction the rows belong to.</param>
    public ChunkedInsert(SqliteTransaction transaction, string sql)
    {
        var connection = transaction.Connection
            ?? throw new InvalidOperationException("the transaction has already ended");
        _db = connection.Handle ?? throw new InvalidOperationException("the store's connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));

        // Held until Dispose, so the raw handle used per row stays valid.
        var added = false;
        _statement.DangerousAddRef(ref added);
        _handle = _statement.DangerousGetHandle();
    }

    /// <summary>
    /// Inserts the rows; returns how many rows the statement changed. The indices of rows it
    /// left as they were (a key already stored) go into <paramref name="unchanged"/>.
    /// </summary>
    public int Execute(IReadOnlyList<object?[]> rows, List<int>? unchanged = null)
    {
        var before = raw.sqlite3_total_changes(_db);

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];

            if (_bound.Length != row.Length)
            {
                _bound = new object?[row.Length];
                raw.sqlite3_clear_bindings(_statement);
                Array.Fill(_bound, Unbound);
            }

            for (var i = 0; i < row.Length; i++)
            {
                if (!SameValue(_bound[i], row[i]))
                {
                    Bind(i + 1, row[i]);
                    _bound[i] = row[i];
                }
            }

            if (!Step())
            {
                unchanged?.Add(r);
            }
        }

        return raw.sqlite3_total_changes(_db) - before;
    }

    /// <summary>Binds text (or null) to the 1-based parameter, for the next <see cref="Step"/>.</summary>
    public void Text(int index, string? value)
    {
        BindText(index, value);
        _bound = [];
    }

    /// <summary>Binds a number (or null, also for NaN and infinities) to the 1-based parameter.</summary>
    public void Real(int index, double? value)
    {
        BindReal(index, value);
        _bound = [];
    }

    /// <summary>Binds a whole number (or null) to the 1-based parameter.</summary>
    public void Whole(int index, long? value)
    {
        BindWhole(index, value);
        _bound = [];
    }

    /// <summary>
    /// Runs the statement once with the values bound so far; the bindings stay for the next
    /// row. True when it changed a row, false when its conflict clause left the store as it was.
    /// </summary>
    public bool Step()
    {
        var step = SqliteCalls.Step(_handle);
        SqliteCalls.Reset(_handle);

        if (step != raw.SQLITE_DONE)
        {
            Check(step);
        }

        // The rows the statement just completed changed: none when ON CONFLICT passed it over.
        return raw.sqlite3_changes(_db) > 0;
    }

    /// <summary>Rows changed on the store's connection since it opened; the difference counts a run's rows.</summary>
    public long TotalChanges => raw.sqlite3_total_changes(_db);

    public void Dispose()
    {
        _statement.DangerousRelease();
        _statement.Dispose();
    }

    private static bool SameValue(object? bound, object? value) => (bound, value) switch
    {
        (null, null) => true,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (double a, double b) => a.Equals(b),
        (long a, long b) => a == b,
        (int a, int b) => a == b,
        _ => false,
    };

    private void Bind(int index, object? value)
    {
        switch (value)
        {
            case null or string:
                BindText(index, (string?)value);
                break;
            case int whole:
                BindWhole(index, whole);
                break;
            case long whole:
                BindWhole(index, whole);
                break;
            case double number:
                BindReal(index, number);
                break;
            default:
                throw new ArgumentException($"cannot store a {value.GetType().Name} value", nameof(value));
        }
    }

    // Bound as UTF-8, the store's own encoding, so that SQLite keeps the bytes as they come
    // instead of converting UTF-16 for every value; short texts are encoded on the stack.
    private void BindText(int index, string? value)
    {
        if (value is null)
        {
            Check(SqliteCalls.BindNull(_handle, index));
            return;
        }

        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        Span<byte> utf8 = most <= StackText ? stackalloc byte[StackText] : new byte[most];
        var length = Encoding.UTF8.GetBytes(value, utf8);
        Check(SqliteCalls.BindText(_handle, index, utf8[..length]));
    }

    private const int StackText = 512;

    private void BindReal(int index, double? value) =>
        Check(value is { } number && double.IsFinite(number)
            ? SqliteCalls.BindDouble(_handle, index, number)
            : SqliteCalls.BindNull(_handle, index));

    private void BindWhole(int index, long? value) =>
        Check(value is { } whole
            ? SqliteCalls.BindInt64(_handle, index, whole)
            : SqliteCalls.BindNull(_handle, index));

    private void Check(int code)
    {
        if (code is not raw.SQLITE_OK and not raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), code);
        }
    }
}
