using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace AlienFish.Core.Storage;

/// <summary>
/// Runs an INSERT written for one row, <c>VALUES ($0, $1, ...)</c>, over many rows at once:
/// the rows travel as one JSON array parameter and SQLite unpacks them with
/// <c>json_each</c>. Binding each value separately costs more than SQLite's own insert work.
/// </summary>
internal sealed partial class ChunkedInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter _rows;
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public ChunkedInsert(FishdensStore store, SqliteTransaction tx, string sql)
    {
        var match = ValuesTuple().Match(sql);

        if (!match.Success)
        {
            throw new ArgumentException($"the insert has no VALUES ($0, ...) tuple: {sql}", nameof(sql));
        }

        var columns = match.Groups["more"].Captures.Count + 1;
        var fields = Enumerable.Range(0, columns).Select(c => $"value ->> {c}");

        // "WHERE true" keeps an ON CONFLICT clause after a SELECT unambiguous for SQLite.
        var text = new StringBuilder(sql[..match.Index])
            .Append("SELECT ").AppendJoin(", ", fields)
            .Append(" FROM json_each($rows) WHERE true")
            .Append(sql[(match.Index + match.Length)..]);

        _command = store.CreateCommand(text.ToString(), tx);
        _rows = _command.Parameters.Add("$rows", SqliteType.Text);
    }

    /// <summary>Inserts the rows; returns how many rows the statement changed.</summary>
    public int Execute(IReadOnlyList<object?[]> rows)
    {
        _buffer.ResetWrittenCount();

        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartArray();

            foreach (var row in rows)
            {
                WriteRow(json, row);
            }

            json.WriteEndArray();
        }

        _rows.Value = Encoding.UTF8.GetString(_buffer.WrittenSpan);
        return _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();

    private static void WriteRow(Utf8JsonWriter json, object?[] row)
    {
        json.WriteStartArray();

        foreach (var value in row)
        {
            switch (value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case string text:
                    json.WriteStringValue(text);
                    break;
                case int whole:
                    json.WriteNumberValue(whole);
                    break;
                case long whole:
                    json.WriteNumberValue(whole);
                    break;
                case double number when double.IsFinite(number):
                    json.WriteNumberValue(number);
                    break;
                case double:
                    json.WriteNullValue();
                    break;
                default:
                    throw new ArgumentException($"cannot store a {value.GetType().Name} value", nameof(row));
            }
        }

        json.WriteEndArray();
    }

    [GeneratedRegex(@"VALUES\s*\(\s*\$0(?<more>\s*,\s*\$\d+)*\s*\)")]
    private static partial Regex ValuesTuple();
}
