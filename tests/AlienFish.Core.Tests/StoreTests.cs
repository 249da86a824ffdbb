using AlienFish.Abstractions;
using AlienFish.Core.Storage;
using AlienFish.Testing;
using Microsoft.Data.Sqlite;

namespace AlienFish.Core.Tests;

public sealed class StoreTests
{
    [Fact]
    public void Should_create_a_store_at_the_current_schema_version_with_the_variables()
    {
        using var temp = new TempFolder();

        using var store = FishdensStore.Open(temp.File("new.db"));

        Assert.Equal(4, store.SchemaVersion);
        Assert.Equal(Variables.All.Count, store.Count("variables"));
        Assert.Equal(0, store.Count("raw_files"));
    }

    [Fact]
    public void Should_keep_the_store_one_file_while_it_is_open_between_writes()
    {
        // A write-ahead log would keep -wal and -shm files beside it as long as it is open.
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("one.db"));

        store.StoreBatch(Raw("stations"), "sha-one", "test", Batch(new Station("wq", "3008A40", "미호천", new GeoPoint(36.6, 127.4))));

        Assert.Equal(1, store.Count("stations"));
        Assert.Equal(["one.db"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_turn_a_store_left_in_wal_mode_back_into_one_file_keeping_its_rows()
    {
        // Given a store that an earlier version kept in WAL mode, with a row still in its log
        using var temp = new TempFolder();
        var path = temp.File("wal.db");
        FishdensStore.Open(path).Dispose();

        using (var writer = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            writer.Open();
            Execute(writer, "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;");
            Execute(writer, "INSERT INTO stations (network, code, name) VALUES ('wq', '3008A40', '미호천')");

            // Held open by a second connection, the log is not folded back into the file on close.
            using var holder = new SqliteConnection($"Data Source={path};Pooling=False");
            holder.Open();
            Execute(holder, "SELECT COUNT(*) FROM stations");
            writer.Close();
            Assert.True(File.Exists(path + "-wal"));
        }

        // When the store is opened and closed again
        using (var store = FishdensStore.Open(path))
        {
            // Then the row is there and the log is gone
            Assert.Equal(1, store.Count("stations"));
        }

        Assert.False(File.Exists(path + "-wal"));
        Assert.Equal("delete", JournalMode(path));
    }

    [Fact]
    public void Should_refuse_a_store_written_by_a_newer_version()
    {
        using var temp = new TempFolder();
        var path = temp.File("future.db");
        SetUserVersion(path, 7);

        var error = Assert.Throws<StoreException>(() => FishdensStore.Open(path));

        Assert.Equal(
            $"{path} has schema version 7, newer than this fishdens understands (4); "
            + "update fishdens or use another --db",
            error.Message);
    }

    [Fact]
    public void Should_migrate_a_version_1_store_keeping_its_rows()
    {
        // Given a store at schema version 1 holding a station
        using var temp = new TempFolder();
        var path = temp.File("old.db");

        using (var old = FishdensStore.Open(path, version: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
        }

        Execute(path, "INSERT INTO stations (network, code, name) VALUES ('wq', '3008A40', '미호천')");

        // When the current fishdens opens it
        using var store = FishdensStore.Open(path);

        // Then it is at the current version with the station kept
        Assert.Equal(4, store.SchemaVersion);
        Assert.Equal("미호천", Assert.Single(store.LoadStations()).Name);
        Assert.Null(store.LoadStations()[0].Location);
    }

    [Fact]
    public void Should_leave_a_store_as_it_was_when_a_later_migration_step_fails()
    {
        // Given a version 1 store where a stray table blocks the last step's new table
        using var temp = new TempFolder();
        var path = temp.File("blocked.db");
        FishdensStore.Open(path, version: 1).Dispose();
        Execute(path, "CREATE TABLE water_samples_by_key (x INTEGER)");

        // When the current fishdens opens it
        var error = Assert.Throws<StoreException>(() => FishdensStore.Open(path));

        // Then it refuses, and the step that had worked (version 2) is undone as well
        Assert.StartsWith($"{path} is not a fishdens store that can be opened: ", error.Message);
        Assert.DoesNotContain("limit_value", TableSql(path, "site_chemistry"));
        using var reopened = FishdensStore.Open(path, version: 1);
        Assert.Equal(1, reopened.SchemaVersion);
    }

    [Fact]
    public void Should_migrate_a_version_2_store_keeping_its_samples_in_key_order()
    {
        // Given a store at schema version 2 holding two samples, written out of key order
        using var temp = new TempFolder();
        var path = temp.File("v2.db");

        using (var old = FishdensStore.Open(path, version: 2))
        {
            Assert.Equal(2, old.SchemaVersion);
        }

        Execute(path, """
            INSERT INTO water_samples (network, station_code, sampled_on, round, variable, value,
                unit, qualifier, limit_value, raw_text)
            VALUES ('wq', '3008A40', '2016-02-01', '', 'TP', NULL, 'mg/L', 'BelowQuantification',
                    0.005, '정량한계미만'),
                   ('wq', '3008A40', '2016-01-04', '', 'BOD', 2.1, 'mg/L', 'None', NULL, '2.1')
            """);

        // When the current fishdens opens it
        using var store = FishdensStore.Open(path);

        // Then both samples are kept with their qualifier and limit, in the new keyed table
        Assert.Equal(4, store.SchemaVersion);
        var samples = store.LoadSamples();
        Assert.Equal(["BOD", "TP"], samples.Select(s => s.Variable));
        Assert.Equal(2.1, samples[0].Value);
        Assert.Equal(ValueQualifier.BelowQuantification, samples[1].Qualifier);
        Assert.Equal(0.005, samples[1].Limit);
        Assert.Equal("정량한계미만", samples[1].RawText);
        Assert.Contains("WITHOUT ROWID", TableSql(path, "water_samples"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_to_write_into_the_database_of_another_program()
    {
        // Given an SQLite database that another program made, with its own tables
        using var temp = new TempFolder();
        var path = temp.File("other.sqlite");
        Execute(path, "CREATE TABLE sites (id INTEGER); CREATE TABLE visits (id INTEGER)");

        // When fishdens is asked to open it as its store
        var error = Assert.Throws<StoreException>(() => FishdensStore.Open(path));

        // Then it refuses, names the tables, and adds none of its own
        Assert.Equal(
            $"{path} is an SQLite database of another program (it holds the tables sites, visits); fishdens "
            + "writes only into its own store: pass a new file or a fishdens store with --db",
            error.Message);
        Assert.Equal(["sites", "visits"], Rows(path, "SELECT name FROM sqlite_master ORDER BY name"));
    }

    [Fact]
    public void Should_refuse_another_programs_database_whatever_version_it_says()
    {
        // Given a database of another program whose user_version happens to be 3
        using var temp = new TempFolder();
        var path = temp.File("other.sqlite");
        Execute(path, "CREATE TABLE t (a INTEGER); PRAGMA user_version = 3");

        // When fishdens is asked to open it, Then it refuses before writing anything
        var error = Assert.Throws<StoreException>(() => FishdensStore.Open(path));

        Assert.StartsWith($"{path} is an SQLite database of another program (it holds the tables t)", error.Message);
        Assert.Equal(["t"], Rows(path, "SELECT name FROM sqlite_master ORDER BY name"));
    }

    [Fact]
    public void Should_refuse_a_geopackage_as_a_store_and_say_how_to_import_it()
    {
        // Given a GeoPackage, marked as such in its application id
        using var temp = new TempFolder();
        var path = temp.File("layers.gpkg");
        Execute(path, "PRAGMA application_id = 1196444487; PRAGMA user_version = 10300; CREATE TABLE s (a INTEGER)");

        // When fishdens is asked to open it as its store
        var error = Assert.Throws<StoreException>(() => FishdensStore.Open(path));

        // Then the message says what it is and what to do
        Assert.Equal(
            $"{path} is a GeoPackage, not a fishdens store; import it into a store with 'fishdens import "
            + "layers.gpkg', and pass the store with --db",
            error.Message);
    }

    [Theory]
    [InlineData(13, "/d/s.db: the disk is full (x); free space on it or pass another --db; what was "
        + "being stored was rolled back, and earlier work is kept")]
    [InlineData(5, "/d/s.db is in use by another program (x); close it there (QGIS, an SQLite "
        + "browser, another fishdens) and run the command again")]
    [InlineData(8, "/d/s.db is read-only (x); make it writable or pass another --db")]
    [InlineData(19, null)]
    public void Should_say_what_to_do_about_a_store_sqlite_refuses(int code, string? expected)
    {
        // Given SQLite's refusal with a code, When it is described for the user
        var message = StoreFailure.Describe("/d/s.db", new SqliteException("x", code));

        // Then a full, busy or read-only store is the user's to fix, and a broken constraint is a bug
        Assert.Equal(expected, message);
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_database_naming_it()
    {
        using var temp = new TempFolder();
        var path = temp.File("notes.db");
        File.WriteAllText(path, "these are field notes, not a database, but long enough to have a header page");

        var error = Assert.Throws<StoreException>(() => FishdensStore.Open(path));

        Assert.StartsWith($"{path} is damaged or not an SQLite database (", error.Message);
        Assert.EndsWith("); pass another --db", error.Message);
    }

    [Fact]
    public void Should_keep_stored_coordinates_when_a_later_file_brings_others()
    {
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var first = Batch(new Station("wq", "3008A40", "미호천", new GeoPoint(36.5, 127.3)));
        var second = Batch(new Station("wq", "3008A40", "미호천", new GeoPoint(35.0, 128.0)));

        store.StoreBatch(Raw("a"), "sha-a", "test", first);
        var counts = store.StoreBatch(Raw("b"), "sha-b", "test", second);

        Assert.Equal(0, counts.Stations);
        Assert.Equal(1, counts.Skipped);
        Assert.Equal(new GeoPoint(36.5, 127.3), Assert.Single(store.LoadStations()).Location);
    }

    [Fact]
    public void Should_fill_missing_coordinates_from_a_later_station_list()
    {
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var withoutCoordinates = Batch(new Station("wq", "3008A40", "미호천", null));
        var withCoordinates = Batch(new Station("wq", "3008A40", "미호천", new GeoPoint(36.5, 127.3)));

        store.StoreBatch(Raw("a"), "sha-a", "test", withoutCoordinates);
        store.StoreBatch(Raw("b"), "sha-b", "test", withCoordinates);

        Assert.Equal(new GeoPoint(36.5, 127.3), Assert.Single(store.LoadStations()).Location);
    }

    [Fact]
    public void Should_store_every_value_exactly_when_neighbouring_rows_share_some_and_not_others()
    {
        // Given samples whose values repeat, vanish and come back from one row to the next
        // (the store binds a value only when it differs from the row before)
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var at = new TimeOnly(10, 30);
        SourceLocation Row(int row) => new("wq.csv", null, row, "v");
        WaterSample Sample(string code, int day, string variable, double? value, ValueQualifier qualifier,
            double? limit, string raw, TimeOnly? time, int row) =>
            new("wq", code, new DateOnly(2016, 1, day), "1", time, variable, value, "mg/L", qualifier, limit, raw, Row(row));
        var samples = new[]
        {
            Sample("A1", 4, "BOD", 1.5, ValueQualifier.None, null, "1.5", at, 2),
            Sample("A1", 4, "TP", null, ValueQualifier.BelowQuantification, 0.005, "정량한계미만", at, 2),
            Sample("A1", 4, "TN", 1.5, ValueQualifier.None, null, "1.5", null, 2),
            Sample("A2", 4, "BOD", 1.5, ValueQualifier.None, null, "1.50", at, 3),
            Sample("A2", 5, "TP", null, ValueQualifier.BelowQuantification, null, "<LOQ", at, 4),
            Sample("A2", 5, "TN", 2.25, ValueQualifier.None, 0.005, "2.25", null, 4),
        };
        var batch = new SourceBatch("test");
        batch.Samples.AddRange(samples);

        // When they are stored
        var counts = store.StoreBatch(Raw("wq"), "sha-wq", "test", batch);

        // Then every one reads back exactly as given
        Assert.Equal(6, counts.Samples);
        var stored = store.LoadSamples().ToDictionary(x => (x.StationCode, x.Date.Day, x.Variable));
        foreach (var expected in samples)
        {
            var actual = stored[(expected.StationCode, expected.Date.Day, expected.Variable)];
            Assert.Equal(
                (expected.Value, expected.Qualifier, expected.Limit, expected.RawText, expected.Time, expected.Origin.Row),
                (actual.Value, actual.Qualifier, actual.Limit, actual.RawText, actual.Time, actual.Origin.Row));
        }
    }

    [Fact]
    public void Should_keep_the_first_of_two_samples_with_one_key_whatever_their_order_in_the_file()
    {
        // Given a file whose rows are not in key order and repeat one key
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        WaterSample Sample(string code, double value, int row) => new(
            "wq", code, new DateOnly(2016, 1, 4), "1", null, "BOD", value, "mg/L", ValueQualifier.None, null,
            value.ToString(System.Globalization.CultureInfo.InvariantCulture), new SourceLocation("wq.csv", null, row, "BOD"));
        var batch = new SourceBatch("test");
        batch.Samples.AddRange([Sample("A2", 1.0, 2), Sample("A1", 2.0, 3), Sample("A2", 9.9, 4)]);

        // When it is stored (in key order)
        var counts = store.StoreBatch(Raw("dup"), "sha-dup", "test", batch);

        // Then the first A2 row is the one kept, the later one is counted as skipped
        Assert.Equal(2, counts.Samples);
        Assert.Equal(1, counts.Skipped);
        var stored = store.LoadSamples();
        Assert.Equal([("A1", 2.0, 3), ("A2", 1.0, 2)], stored.Select(x => (x.StationCode, x.Value!.Value, x.Origin.Row)));
    }

    [Fact]
    public void Should_set_the_status_of_a_listed_species_once_a_file_gives_it()
    {
        // Given a store holding a checklist's species without a status
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var list = new SourceBatch("species-list");
        list.Species.Add(new Species("Zacco platypus", "Zacco platypus", "피라미", SpeciesStatus.Unknown));
        list.Species.Add(new Species("Channa argus", "Channa argus", "가물치", SpeciesStatus.Unknown));
        var listed = store.StoreBatch(Raw("list"), "sha-list", "test", list);

        // When a file that says 피라미 is native and names 가물치 as 가무치 is stored, then the list again
        var sheet = new SourceBatch("species-list");
        sheet.Species.Add(new Species("Zacco platypus", "Zacco platypus", "피라미", SpeciesStatus.Native));
        sheet.Species.Add(new Species("Channa argus", "Channa argus", "가무치", SpeciesStatus.Unknown));
        var second = store.StoreBatch(Raw("sheet"), "sha-sheet", "test", sheet);
        var third = store.StoreBatch(Raw("list2"), "sha-list2", "test", list);

        // Then the status is filled in, names stay as first stored, and no species is counted twice
        Assert.Equal((2, 0), (listed.Species, listed.Skipped));
        Assert.Equal((0, 2), (second.Species, second.Skipped));
        Assert.Equal((0, 2), (third.Species, third.Skipped));
        Assert.Equal(
            ["Channa argus|가물치|Unknown", "Zacco platypus|피라미|Native"],
            Rows(temp.File("s.db"), "SELECT key || '|' || korean_name || '|' || status FROM species ORDER BY key"));
    }

    [Fact]
    public void Should_keep_stored_values_and_say_which_a_later_file_gives_otherwise()
    {
        // Given a store holding BOD 2.1 and TP below the limit from one file
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var first = new SourceBatch("wq-long");
        first.Samples.Add(Bod("A1", 2.1, "2.1", row: 2));
        first.Samples.Add(Bod("A1", 2.1, "2.10", row: 3) with { Variable = "TP" });
        store.StoreBatch(Raw("first"), "sha-1", "test", first);

        // When a second file gives BOD 2.4 and the same TP written alike in value
        var second = new SourceBatch("wq-long");
        second.Samples.Add(Bod("A1", 2.4, "2.4", row: 7));
        second.Samples.Add(Bod("A1", 2.1, "2.1", row: 8) with { Variable = "TP" });
        var counts = store.StoreBatch(Raw("second"), "sha-2", "test", second);

        // Then nothing is overwritten, and one warning names the BOD with both values and the earlier file
        var warning = Assert.Single(second.Diagnostics);

        Assert.Equal((0, 2), (counts.Samples, counts.Skipped));
        Assert.Equal("store.kept-stored-values", warning.Code);
        Assert.Equal(new SourceLocation("wq.csv", null, 7, "BOD"), warning.Where);
        Assert.Equal(
            "1 water samples give keys already stored from an earlier file with other values (the first is here: "
            + "station A1 on 2016-01-04, BOD, stored '2.1' from first.txt, here '2.4'); the stored values are kept",
            warning.Message);
        Assert.Equal(["2.1", "2.1"], Rows(temp.File("s.db"), "SELECT CAST(value AS TEXT) FROM water_samples"));
        Assert.Equal(1, store.Count("import_diagnostics"));
    }

    [Fact]
    public void Should_fill_in_the_korean_name_of_a_species_stored_without_one()
    {
        // Given a species stored from sightings that gave only its scientific name
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var sightings = new SourceBatch("occurrences");
        sightings.Species.Add(new Species("Zacco platypus", "Zacco platypus", "", SpeciesStatus.Unknown));
        store.StoreBatch(Raw("sightings"), "sha-sightings", "test", sightings);

        // When a list that names it 피라미 is stored
        var list = new SourceBatch("species-list");
        list.Species.Add(new Species("Zacco platypus", "Zacco platypus", "피라미", SpeciesStatus.Unknown));
        store.StoreBatch(Raw("list"), "sha-list", "test", list);

        // Then the species has that name
        Assert.Equal(
            ["Zacco platypus|피라미|Unknown"],
            Rows(temp.File("s.db"), "SELECT key || '|' || korean_name || '|' || status FROM species"));
    }

    [Fact]
    public void Should_store_each_occurrence_once_with_its_species()
    {
        // Given a batch with a placed, dated, counted sighting and an unplaced one
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var bass = new Species(
            "Micropterus salmoides", "Micropterus salmoides", "큰입배스", SpeciesStatus.Invasive);
        var origin = new SourceLocation("sightings.csv", null, 2, "학명");
        var batch = new SourceBatch("occurrences");
        var place = new GeoPoint(36.5, 127.5);
        batch.Occurrences.Add(new Occurrence("A1", bass, 2020, new DateOnly(2020, 6, 1), place, 3, origin)
        {
            Region = "충청북도",
        });
        batch.Occurrences.Add(new Occurrence("A2", bass, 2017, null, null, null, origin with { Row = 3 }));

        // When it is stored twice under two hashes, as a file and its copy in another format
        var first = store.StoreBatch(Raw("a"), "sha-a", "test", batch);
        var copy = store.StoreBatch(Raw("b"), "sha-b", "test", batch);

        // Then the sightings and their species are stored once, field by field
        Assert.Equal((2, 0), (first.Occurrences, first.Skipped));
        Assert.Equal((0, 2), (copy.Occurrences, copy.Skipped));
        Assert.Equal(1, store.Count("species"));
        Assert.Equal(
            [
                "A1|Micropterus salmoides|2020|2020-06-01|36.5|127.5|3|충청북도|2",
                "A2|Micropterus salmoides|2017||||||3",
            ],
            Rows(temp.File("s.db"), """
                SELECT key || '|' || species_key || '|' || year || '|' || IFNULL(observed_on, '') || '|'
                    || IFNULL(latitude, '') || '|' || IFNULL(longitude, '') || '|' || IFNULL(count, '') || '|'
                    || IFNULL(region, '') || '|' || source_row
                FROM occurrences ORDER BY key
                """));
    }

    [Fact]
    public void Should_keep_each_name_of_a_stored_species_once()
    {
        // Given a batch naming the bass twice under 배스 and once under 큰입배스, and a name of a
        // species the store does not hold
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var batch = new SourceBatch("species-list");
        batch.Species.Add(
            new Species("Micropterus salmoides", "Micropterus salmoides", "큰입배스", SpeciesStatus.Invasive));
        batch.SpeciesNames.Add(new SpeciesName("큰입배스", "Micropterus salmoides"));
        batch.SpeciesNames.Add(new SpeciesName("배스", "Micropterus salmoides"));
        batch.SpeciesNames.Add(new SpeciesName("배스", "Micropterus salmoides"));
        batch.SpeciesNames.Add(new SpeciesName("쏘가리", "Siniperca scherzeri"));

        // When it is stored, and again under another hash
        store.StoreBatch(Raw("a"), "sha-a", "test", batch);
        store.StoreBatch(Raw("b"), "sha-b", "test", batch);

        // Then each name of the stored species is kept once, and the stray name not at all
        Assert.Equal(
            ["배스|Micropterus salmoides", "큰입배스|Micropterus salmoides"],
            Rows(temp.File("s.db"), "SELECT name || '|' || species_key FROM species_names ORDER BY name"));
    }

    private static WaterSample Bod(string station, double value, string raw, int row) =>
        new("wq", station, new DateOnly(2016, 1, 4), "1", null, "BOD", value, "mg/L", ValueQualifier.None, null, raw,
            new SourceLocation("wq.csv", null, row, "BOD"));

    private static List<string> Rows(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();

        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static SourceBatch Batch(Station station)
    {
        var batch = new SourceBatch("test");
        batch.Stations.Add(station);
        return batch;
    }

    private static RawFile Raw(string text) =>
        new(text + ".txt", "/tmp/" + text + ".txt", System.Text.Encoding.UTF8.GetBytes(text));

    private static void SetUserVersion(string path, int version) =>
        Execute(path, $"PRAGMA user_version = {version}");

    private static string TableSql(string path, string table)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = $t";
        cmd.Parameters.AddWithValue("$t", table);
        return (string)cmd.ExecuteScalar()!;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static string JournalMode(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        return (string)cmd.ExecuteScalar()!;
    }
}
