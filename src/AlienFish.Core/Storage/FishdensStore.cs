using System.Globalization;
using AlienFish.Abstractions;
using Microsoft.Data.Sqlite;

namespace AlienFish.Core.Storage;

/// <summary>
/// The SQLite file that holds everything fishdens knows: raw files, places, surveys,
/// samples, matches, models and predictions. Writes that belong together happen in one
/// transaction, so a failed run leaves the store as it was.
/// </summary>
public sealed partial class FishdensStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private FishdensStore(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public string Path { get; }

    public static FishdensStore Open(string path) => Open(path, StoreSchema.CurrentVersion);

    /// <summary>Opens a store migrated only up to <paramref name="version"/>; tests build old stores with it.</summary>
    internal static FishdensStore Open(string path, int version)
    {
        var full = System.IO.Path.GetFullPath(path);
        var folder = System.IO.Path.GetDirectoryName(full);

        if (folder is not null && !Directory.Exists(folder))
        {
            throw new StoreException($"the folder of the store {full} does not exist; create it or pass --db");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());

        try
        {
            connection.Open();
            var store = new FishdensStore(full, connection);
            store.Migrate(version);
            return store;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException(
                StoreFailure.Describe(full, e) ?? $"{full} is not a fishdens store that can be opened: {e.Message}", e);
        }
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("PRAGMA user_version"), CultureInfo.InvariantCulture);

    public void Dispose() => _connection.Dispose();

    /// <summary>Row count of a table, for summaries and tests.</summary>
    public long Count(string table)
    {
        if (!table.All(c => char.IsAsciiLetterLower(c) || c == '_'))
        {
            throw new ArgumentException($"not a table name: {table}", nameof(table));
        }

        return Convert.ToInt64(Scalar($"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);
    }

    private void Migrate(int target)
    {
        // A rollback journal, synced in full: the store stays one file that QGIS, a network
        // share or a read-only copy opens as it is, and a big import is written once, not
        // first to a write-ahead log and then again into the file. A store an earlier
        // version left in WAL mode is turned back when nothing else has it open. A large
        // page cache keeps a big file's transaction in memory.
        Execute(
            "PRAGMA foreign_keys = ON; PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; "
            + "PRAGMA cache_size = -65536;");
        var version = SchemaVersion;

        CheckOwnership(version);

        if (version > StoreSchema.CurrentVersion)
        {
            throw new StoreException(
                $"{Path} has schema version {version}, newer than this fishdens understands "
                + $"({StoreSchema.CurrentVersion}); update fishdens or use another --db");
        }

        if (version == target)
        {
            return;
        }


        // All the steps in one transaction: a store is migrated (or created) whole or not
        // at all, with one sync to disk.
        using var tx = _connection.BeginTransaction();

        for (var next = version; next < target; next++)
        {
            Execute(StoreSchema.Migrations[next], tx);

            if (next == 0)
            {
                SeedVariables(tx);
            }
        }

        Execute($"PRAGMA user_version = {target}", tx);
        tx.Commit();
    }

    /// <summary>
    /// Refuses an SQLite file that is not a fishdens store before anything is written into it:
    /// a GeoPackage (which QGIS or <c>fishdens export</c> wrote), or any database with tables
    /// of its own and no <c>raw_files</c>, whatever version number it carries.
    /// </summary>
    private void CheckOwnership(int version)
    {
        const string Tables = "SELECT group_concat(name, ', ') FROM sqlite_master WHERE type = 'table'";
        const string Archive = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'raw_files'";
        const long GeoPackageId = 0x47504B47;

        if (Convert.ToInt64(Scalar("PRAGMA application_id"), CultureInfo.InvariantCulture) == GeoPackageId)
        {
            throw new StoreException(
                $"{Path} is a GeoPackage, not a fishdens store; import it into a store with "
                + $"'fishdens import {System.IO.Path.GetFileName(Path)}', and pass the store with --db");
        }

        if (Scalar(Tables) is string tables && (version == 0 || Scalar(Archive) is null))
        {
            throw new StoreException(
                $"{Path} is an SQLite database of another program (it holds the tables {tables}); fishdens "
                + "writes only into its own store: pass a new file or a fishdens store with --db");
        }
    }

    private void SeedVariables(SqliteTransaction tx)
    {
        using var cmd = Command("INSERT INTO variables (code, name, unit) VALUES ($c, $n, $u)", tx);
        var code = cmd.Parameters.Add("$c", SqliteType.Text);
        var name = cmd.Parameters.Add("$n", SqliteType.Text);
        var unit = cmd.Parameters.Add("$u", SqliteType.Text);

        foreach (var variable in Variables.All)
        {
            code.Value = variable.Code;
            name.Value = variable.Name;
            unit.Value = variable.Unit;
            cmd.ExecuteNonQuery();
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private void Execute(string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql, SqliteTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        return cmd.ExecuteScalar();
    }

    private static object Db(object? value) => value ?? DBNull.Value;

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseIsoDate(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double? NullableDouble(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static GeoPoint? Point(SqliteDataReader reader, int latitude, int longitude)
    {
        var lat = NullableDouble(reader, latitude);
        var lon = NullableDouble(reader, longitude);

        return lat is { } a && lon is { } b ? new GeoPoint(a, b) : null;
    }

    private static GeoPoint? Point(StatementRows rows, int latitude, int longitude)
    {
        var lat = rows.NullableDouble(latitude);
        var lon = rows.NullableDouble(longitude);

        return lat is { } a && lon is { } b ? new GeoPoint(a, b) : null;
    }

    private static TimeOnly ParseTime(string text) =>
        TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The parsed value of a text seen before, else parsed now and remembered.</summary>
    private static T Cached<T>(Dictionary<string, T> cache, string text, Func<string, T> parse)
    {
        if (!cache.TryGetValue(text, out var value))
        {
            value = parse(text);
            cache.Add(text, value);
        }

        return value;
    }
}
