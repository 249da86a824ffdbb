using Microsoft.Data.Sqlite;

namespace AlienFish.Core.Storage;

/// <summary>
/// What SQLite's refusals mean to someone running fishdens: a full disk, a file another
/// program holds, a read-only or damaged file. Each is the user's to fix, not a bug, and a
/// transaction SQLite refused leaves the store as it was before it.
/// </summary>
public static class StoreFailure
{
    private const string RolledBack = "what was being stored was rolled back, and earlier work is kept";

    /// <summary>One line naming the store and what to do, or null for a failure that is a bug.</summary>
    public static string? Describe(string path, SqliteException error)
    {
        var detail = error.Message;

        return (error.SqliteErrorCode & 0xFF) switch
        {
            13 => $"{path}: the disk is full ({detail}); free space on it or pass another --db; {RolledBack}",
            10 => $"{path} could not be written or read ({detail}); check the disk and the file's permissions, "
                + $"then run the command again; {RolledBack}",
            8 => $"{path} is read-only ({detail}); make it writable or pass another --db",
            5 or 6 => $"{path} is in use by another program ({detail}); close it there (QGIS, an SQLite browser, "
                + "another fishdens) and run the command again",
            11 or 26 => $"{path} is damaged or not an SQLite database ({detail}); pass another --db",
            14 => $"{path} cannot be opened ({detail}); check the path and its permissions",
            _ => null,
        };
    }
}
