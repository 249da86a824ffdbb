namespace AlienFish.Core.Storage;

/// <summary>
/// The store's tables, one migration per schema version. The version lives in
/// <c>PRAGMA user_version</c>, so any SQLite browser shows it.
/// </summary>
internal static class StoreSchema
{
    public const int CurrentVersion = 4;

    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE raw_files (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            layout TEXT NOT NULL,
            source TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            content BLOB NOT NULL
        );
        CREATE TABLE import_diagnostics (
            raw_file_id INTEGER NOT NULL REFERENCES raw_files(id),
            severity TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            sheet TEXT,
            row INTEGER,
            column_name TEXT,
            raw_text TEXT
        );
        CREATE TABLE variables (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            unit TEXT NOT NULL
        );
        CREATE TABLE stations (
            network TEXT NOT NULL,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            latitude REAL,
            longitude REAL,
            raw_file_id INTEGER REFERENCES raw_files(id),
            PRIMARY KEY (network, code)
        );
        CREATE TABLE reaches (
            network TEXT NOT NULL,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            basin TEXT,
            water_system TEXT,
            mid_basin TEXT,
            river TEXT,
            latitude REAL,
            longitude REAL,
            raw_file_id INTEGER REFERENCES raw_files(id),
            PRIMARY KEY (network, code)
        );
        CREATE TABLE surveys (
            network TEXT NOT NULL,
            reach_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            round INTEGER NOT NULL,
            survey_date TEXT,
            effort_minutes REAL,
            gear TEXT,
            area_m2 REAL,
            raw_file_id INTEGER REFERENCES raw_files(id),
            source_row INTEGER,
            PRIMARY KEY (network, reach_code, year, round)
        );
        CREATE TABLE species (
            key TEXT PRIMARY KEY,
            scientific_name TEXT NOT NULL,
            korean_name TEXT NOT NULL,
            status TEXT NOT NULL
        );
        CREATE TABLE counts (
            network TEXT NOT NULL,
            reach_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            round INTEGER NOT NULL,
            species_key TEXT NOT NULL REFERENCES species(key),
            count INTEGER,
            raw_file_id INTEGER REFERENCES raw_files(id),
            source_row INTEGER,
            PRIMARY KEY (network, reach_code, year, round, species_key)
        );
        CREATE TABLE water_samples (
            network TEXT NOT NULL,
            station_code TEXT NOT NULL,
            sampled_on TEXT NOT NULL,
            round TEXT NOT NULL,
            sampled_at TEXT,
            variable TEXT NOT NULL,
            value REAL,
            unit TEXT NOT NULL,
            qualifier TEXT NOT NULL,
            limit_value REAL,
            raw_text TEXT NOT NULL,
            raw_file_id INTEGER REFERENCES raw_files(id),
            source_row INTEGER,
            PRIMARY KEY (network, station_code, sampled_on, round, variable)
        );
        CREATE TABLE site_chemistry (
            network TEXT NOT NULL,
            reach_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            round INTEGER NOT NULL,
            variable TEXT NOT NULL,
            value REAL,
            unit TEXT NOT NULL,
            qualifier TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            raw_file_id INTEGER REFERENCES raw_files(id),
            PRIMARY KEY (network, reach_code, year, round, variable)
        );
        CREATE TABLE match_runs (
            id INTEGER PRIMARY KEY,
            matcher TEXT NOT NULL,
            settings TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE matches (
            run_id INTEGER NOT NULL REFERENCES match_runs(id),
            network TEXT NOT NULL,
            reach_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            round INTEGER NOT NULL,
            station_network TEXT NOT NULL,
            station_code TEXT NOT NULL,
            distance_m REAL NOT NULL,
            PRIMARY KEY (run_id, network, reach_code, year, round)
        );
        CREATE TABLE match_values (
            run_id INTEGER NOT NULL REFERENCES match_runs(id),
            network TEXT NOT NULL,
            reach_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            round INTEGER NOT NULL,
            variable TEXT NOT NULL,
            mean REAL NOT NULL,
            n INTEGER NOT NULL,
            below_limit INTEGER NOT NULL,
            PRIMARY KEY (run_id, network, reach_code, year, round, variable)
        );
        CREATE TABLE unmatched (
            run_id INTEGER NOT NULL REFERENCES match_runs(id),
            network TEXT NOT NULL,
            reach_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            round INTEGER NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE TABLE models (
            id INTEGER PRIMARY KEY,
            plugin TEXT NOT NULL,
            plugin_version TEXT NOT NULL,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            match_run_id INTEGER REFERENCES match_runs(id),
            created_at TEXT NOT NULL,
            description TEXT NOT NULL
        );
        CREATE TABLE predictions (
            model_id INTEGER NOT NULL REFERENCES models(id),
            network TEXT NOT NULL,
            reach_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            round INTEGER NOT NULL,
            species_key TEXT NOT NULL,
            density REAL NOT NULL,
            PRIMARY KEY (model_id, network, reach_code, year, round, species_key)
        );
        CREATE TABLE crawl_batches (
            source TEXT NOT NULL,
            batch_key TEXT NOT NULL,
            description TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            PRIMARY KEY (source, batch_key)
        );
        """,
        """
        ALTER TABLE site_chemistry ADD COLUMN limit_value REAL;
        ALTER TABLE stations ADD COLUMN source_row INTEGER;
        ALTER TABLE reaches ADD COLUMN source_row INTEGER;
        """,
        // Samples are kept in key order in one tree, with no separate index holding their
        // keys a second time: half the pages to write on import, and matching reads them in
        // that order anyway.
        """
        CREATE TABLE water_samples_by_key (
            network TEXT NOT NULL,
            station_code TEXT NOT NULL,
            sampled_on TEXT NOT NULL,
            round TEXT NOT NULL,
            sampled_at TEXT,
            variable TEXT NOT NULL,
            value REAL,
            unit TEXT NOT NULL,
            qualifier TEXT NOT NULL,
            limit_value REAL,
            raw_text TEXT NOT NULL,
            raw_file_id INTEGER REFERENCES raw_files(id),
            source_row INTEGER,
            PRIMARY KEY (network, station_code, sampled_on, round, variable)
        ) WITHOUT ROWID;
        INSERT INTO water_samples_by_key
            SELECT network, station_code, sampled_on, round, sampled_at, variable, value, unit,
                   qualifier, limit_value, raw_text, raw_file_id, source_row
            FROM water_samples;
        DROP TABLE water_samples;
        ALTER TABLE water_samples_by_key RENAME TO water_samples;
        """,
        """
        CREATE TABLE occurrences (
            key TEXT PRIMARY KEY,
            species_key TEXT NOT NULL REFERENCES species(key),
            year INTEGER NOT NULL,
            observed_on TEXT,
            latitude REAL,
            longitude REAL,
            count INTEGER,
            region TEXT,
            raw_file_id INTEGER REFERENCES raw_files(id),
            source_row INTEGER
        );
        CREATE INDEX occurrences_by_species ON occurrences (species_key, year);
        CREATE TABLE species_names (
            name TEXT NOT NULL,
            species_key TEXT NOT NULL REFERENCES species(key),
            PRIMARY KEY (name, species_key)
        );
        """,
    ];
}
