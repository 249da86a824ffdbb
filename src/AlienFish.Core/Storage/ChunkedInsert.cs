using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace AlienFish.Core.Storage;

/// <summary>
/// An INSERT whose <c>VALUES ($0, $1, ...)</c> tuple is repeated for a fixed number of
/// rows, prepared once and run for each chunk of rows.
/// </summary>
internal sealed partial class ChunkedInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;
    private readonly int _columns;

    public ChunkedInsert(FishdensStore store, SqliteTransaction tx, string sql, int rows, int columns)
    {
        var match = ValuesTuple().Match(sql);

        if (!match.Success)
        {
            throw new ArgumentException($"the insert has no VALUES ($0, ...) tuple: {sql}", nameof(sql));
        }

        var text = new StringBuilder(sql[..match.Index]).Append("VALUES ");

        for (var r = 0; r < rows; r++)
        {
            var names = Enumerable.Range(0, columns).Select(c => $"$p{r}_{c}");
            text.Append(r == 0 ? "" : ", ").Append('(').AppendJoin(", ", names).Append(')');
        }

        text.Append(sql[(match.Index + match.Length)..]);
        _command = store.CreateCommand(text.ToString(), tx);
        _columns = columns;
        _parameters = new SqliteParameter[rows * columns];

        for (var i = 0; i < _parameters.Length; i++)
        {
            // No declared type: each value binds as what it is (text, integer, real, null).
            _parameters[i] = _command.CreateParameter();
            _parameters[i].ParameterName = $"$p{i / columns}_{i % columns}";
            _command.Parameters.Add(_parameters[i]);
        }
    }

    /// <summary>Inserts exactly as many rows as the statement was made for; returns the rows changed.</summary>
    public int Execute(IReadOnlyList<object?[]> rows)
    {
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < _columns; c++)
            {
                _parameters[(r * _columns) + c].Value = rows[r][c] ?? DBNull.Value;
            }
        }

        return _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();

    [GeneratedRegex(@"VALUES\s*\(\s*\$0(\s*,\s*\$\d+)*\s*\)")]
    private static partial Regex ValuesTuple();
}
