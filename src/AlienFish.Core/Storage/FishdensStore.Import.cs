using AlienFish.Abstractions;
using Microsoft.Data.Sqlite;

namespace AlienFish.Core.Storage;

public sealed partial class FishdensStore
{
    public bool HasRawFile(string sha256)
    {
        using var cmd = Command("SELECT 1 FROM raw_files WHERE sha256 = $s");
        cmd.Parameters.AddWithValue("$s", sha256);
        return cmd.ExecuteScalar() is not null;
    }

    /// <summary>
    /// Archives the raw file and stores everything read from it, in one transaction.
    /// Keys already present keep their stored values.
    /// </summary>
    public ImportCounts StoreBatch(RawFile file, string sha256, string source, SourceBatch batch)
    {
        using var tx = _connection.BeginTransaction();
        var fileId = InsertRawFile(file, sha256, source, batch.Layout, tx);
        var writer = new BatchWriter(tx, fileId);

        var counts = new ImportCounts(
            Stations: writer.Stations(batch.Stations),
            Reaches: writer.Reaches(batch.Reaches),
            Surveys: writer.Surveys(batch.Surveys),
            Counts: writer.Counts(batch.Counts),
            Samples: writer.Samples(batch.Samples),
            SiteChemistry: writer.Chemistry(batch.SiteChemistry),
            Skipped: 0)
        {
            Species = writer.Species(batch.Species, countSkips: true),
            Occurrences = writer.Occurrences(batch.Occurrences),
        };

        writer.Names(batch.SpeciesNames);
        batch.Diagnostics.AddRange(writer.Conflicts());
        writer.Diagnostics(batch.Diagnostics);
        tx.Commit();

        return counts with { Skipped = writer.Skipped };
    }

    private long InsertRawFile(
        RawFile file, string sha256, string source, string layout, SqliteTransaction tx)
    {
        using var cmd = Command(
            """
            INSERT INTO raw_files (sha256, name, path, size, layout, source, imported_at, content)
            VALUES ($sha, $name, $path, $size, $layout, $source, $at, $content);
            SELECT last_insert_rowid();
            """,
            tx);

        cmd.Parameters.AddWithValue("$sha", sha256);
        cmd.Parameters.AddWithValue("$name", file.Name);
        cmd.Parameters.AddWithValue("$path", file.Path);
        cmd.Parameters.AddWithValue("$size", file.Content.Length);
        cmd.Parameters.AddWithValue("$layout", layout);
        cmd.Parameters.AddWithValue("$source", source);
        cmd.Parameters.AddWithValue("$at", Now());
        cmd.Parameters.AddWithValue("$content", file.Content.ToArray());

        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>Writes one batch's records with prepared statements inside a transaction.</summary>
    private sealed partial class BatchWriter(SqliteTransaction tx, long fileId)
    {
        private const int RowsPerStatement = 1000;

        public int Skipped { get; private set; }

        public int Stations(IEnumerable<Station> stations)
        {
            // A station list may bring coordinates that a measurement file lacked: fill, never overwrite.
            const string Sql = """
                INSERT INTO stations (network, code, name, latitude, longitude, raw_file_id, source_row)
                VALUES ($0, $1, $2, $3, $4, $5, $6)
                ON CONFLICT (network, code) DO UPDATE SET
                    latitude = COALESCE(stations.latitude, excluded.latitude),
                    longitude = COALESCE(stations.longitude, excluded.longitude)
                WHERE stations.latitude IS NULL AND excluded.latitude IS NOT NULL
                """;

            return Write(Sql, stations, s =>
            [
                s.Network, s.Code, s.Name, s.Location?.Latitude, s.Location?.Longitude, fileId,
                s.Origin?.Row,
            ]);
        }

        public int Reaches(IEnumerable<SurveyReach> reaches)
        {
            const string Sql = """
                INSERT INTO reaches (network, code, name, basin, water_system, mid_basin, river,
                    latitude, longitude, raw_file_id, source_row)
                VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                ON CONFLICT DO NOTHING
                """;

            return Write(Sql, reaches, r =>
            [
                r.Network, r.Code, r.Name, r.Basin, r.WaterSystem, r.MidBasin, r.River,
                r.Location?.Latitude, r.Location?.Longitude, fileId, r.Origin?.Row,
            ]);
        }

        public int Surveys(IEnumerable<FishSurvey> surveys)
        {
            const string Sql = """
                INSERT INTO surveys (network, reach_code, year, round, survey_date, effort_minutes,
                    gear, area_m2, raw_file_id, source_row)
                VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9)
                ON CONFLICT DO NOTHING
                """;

            return Write(Sql, surveys, _keptSurveys, s =>
            [
                s.Key.Network, s.Key.ReachCode, s.Key.Year, s.Key.Round,
                s.Date is { } d ? IsoDate(d) : null, s.EffortMinutes, s.Gear, s.AreaSquareMetres,
                fileId, s.Origin.Row,
            ]);
        }

        /// <summary>
        /// Adds species not yet stored. A stored species keeps its name and status; either is
        /// filled in only where it was missing, as when sightings that give only a scientific
        /// name, or a checklist that says nothing of status, came first.
        /// </summary>
        public int Species(IEnumerable<Species> species, bool countSkips)
        {
            const string Sql = """
                INSERT INTO species (key, scientific_name, korean_name, status)
                VALUES ($0, $1, $2, $3)
                ON CONFLICT (key) DO UPDATE SET
                    status = CASE WHEN species.status = 'Unknown' THEN excluded.status ELSE species.status END,
                    korean_name = CASE WHEN species.korean_name = '' THEN excluded.korean_name
                        ELSE species.korean_name END
                WHERE (species.status = 'Unknown' AND excluded.status <> 'Unknown')
                    OR (species.korean_name = '' AND excluded.korean_name <> '')
                """;

            var distinct = species.DistinctBy(s => s.Key).ToList();

            if (distinct.Count == 0)
            {
                return 0;
            }

            var before = StoredSpecies();

            // An upsert counts a status it sets as a change, so what was added is read off the table.
            Write(Sql, distinct, s =>
                [s.Key, s.ScientificName, s.KoreanName, s.Status.ToString()], countSkips: false);

            var added = (int)(StoredSpecies() - before);

            if (countSkips)
            {
                Skipped += distinct.Count - added;
            }

            return added;
        }

        public int Occurrences(IReadOnlyList<Occurrence> occurrences)
        {
            Species(occurrences.Select(o => o.Species), countSkips: false);

            const string Sql = """
                INSERT INTO occurrences (key, species_key, year, observed_on, latitude, longitude,
                    count, region, raw_file_id, source_row)
                VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9)
                ON CONFLICT DO NOTHING
                """;

            return Write(Sql, occurrences, o =>
            [
                o.Key, o.Species.Key, o.Year, o.Date is { } d ? IsoDate(d) : null,
                o.Location?.Latitude, o.Location?.Longitude, o.Count, o.Region, fileId, o.Origin.Row,
            ]);
        }

        /// <summary>
        /// Names of species stored by this batch or before; a name of a species the store does
        /// not hold is left out rather than pointing nowhere.
        /// </summary>
        public void Names(IEnumerable<SpeciesName> names)
        {
            const string Sql = """
                INSERT INTO species_names (name, species_key)
                SELECT $0, $1 WHERE EXISTS (SELECT 1 FROM species WHERE key = $1)
                ON CONFLICT DO NOTHING
                """;

            Write(Sql, names.Distinct(), n => [n.Name, n.SpeciesKey], countSkips: false);
        }

        private long StoredSpecies()
        {
            using var cmd = tx.Connection!.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "SELECT COUNT(*) FROM species";

            return (long)cmd.ExecuteScalar()!;
        }

        public int Counts(IReadOnlyList<SpeciesCount> counts)
        {
            Species(counts.Select(c => c.Species), countSkips: false);

            const string Sql = """
                INSERT INTO counts (network, reach_code, year, round, species_key, count,
                    raw_file_id, source_row)
                VALUES ($0, $1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT DO NOTHING
                """;

            return Write(Sql, counts, _keptCounts, c =>
            [
                c.Survey.Network, c.Survey.ReachCode, c.Survey.Year, c.Survey.Round,
                c.Species.Key, c.Count, fileId, c.Origin.Row,
            ]);
        }

        /// <summary>
        /// Samples are most of what a water-quality file holds (tens of thousands of rows), so
        /// they are written in the table's key order (appending to the tree fills its pages and
        /// keeps the same few in memory; the sort is stable, so of two samples with one key the
        /// first in the file still wins), and bound field by field, only where a field differs
        /// from the row before.
        /// </summary>
        public int Samples(IReadOnlyList<WaterSample> samples)
        {
            const string Sql = """
                INSERT INTO water_samples (network, station_code, sampled_on, round, sampled_at,
                    variable, value, unit, qualifier, limit_value, raw_text, raw_file_id, source_row)
                VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                ON CONFLICT DO NOTHING
                """;

            using var insert = new ChunkedInsert(tx, Sql);
            var dates = new Dictionary<DateOnly, string>();
            var changesBefore = insert.TotalChanges;
            WaterSample? before = null;
            insert.Whole(12, fileId);

            foreach (var s in SampleKeyOrder.Sorted(samples))
            {
                var all = before is null;

                if (all || s.Network != before!.Network) { insert.Text(1, s.Network); }
                if (all || s.StationCode != before!.StationCode) { insert.Text(2, s.StationCode); }
                if (all || s.Date != before!.Date) { insert.Text(3, DateText(dates, s.Date)); }
                if (all || s.Round != before!.Round) { insert.Text(4, s.Round ?? ""); }
                if (all || s.Time != before!.Time) { insert.Text(5, s.Time?.ToString("HH:mm", Invariant)); }
                if (all || s.Variable != before!.Variable) { insert.Text(6, s.Variable); }
                if (all || s.Value != before!.Value) { insert.Real(7, s.Value); }
                if (all || s.Unit != before!.Unit) { insert.Text(8, s.Unit); }
                if (all || s.Qualifier != before!.Qualifier) { insert.Text(9, s.Qualifier.ToString()); }
                if (all || s.Limit != before!.Limit) { insert.Real(10, s.Limit); }
                if (all || s.RawText != before!.RawText) { insert.Text(11, s.RawText); }
                if (all || s.Origin.Row != before!.Origin.Row) { insert.Whole(13, s.Origin.Row); }

                if (!insert.Step())
                {
                    _keptSamples.Add(s);
                }

                before = s;
            }

            var written = (int)(insert.TotalChanges - changesBefore);
            Skipped += samples.Count - written;
            return written;
        }

        private static readonly System.Globalization.CultureInfo Invariant =
            System.Globalization.CultureInfo.InvariantCulture;

        private static string DateText(Dictionary<DateOnly, string> dates, DateOnly date)
        {
            if (!dates.TryGetValue(date, out var text))
            {
                text = IsoDate(date);
                dates[date] = text;
            }

            return text;
        }

        public int Chemistry(IEnumerable<SiteChemistry> chemistry)
        {
            const string Sql = """
                INSERT INTO site_chemistry (network, reach_code, year, round, variable, value, unit,
                    qualifier, raw_text, raw_file_id, limit_value)
                VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                ON CONFLICT DO NOTHING
                """;

            return Write(Sql, chemistry, _keptChemistry, c =>
            [
                c.Survey.Network, c.Survey.ReachCode, c.Survey.Year, c.Survey.Round, c.Variable,
                c.Value, c.Unit, c.Qualifier.ToString(), c.RawText, fileId, c.Limit,
            ]);
        }

        public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
        {
            const string Sql = """
                INSERT INTO import_diagnostics (raw_file_id, severity, code, message, sheet, row,
                    column_name, raw_text)
                VALUES ($0, $1, $2, $3, $4, $5, $6, $7)
                """;

            Write(Sql, diagnostics, d =>
            [
                fileId, d.Severity.ToString(), d.Code, d.Message, d.Where?.Sheet, d.Where?.Row,
                d.Where?.Column, d.RawText,
            ], countSkips: false);
        }

        /// <summary>Runs an insert written for one row over all items, within the transaction.</summary>
        private int Write<T>(
            string sql, IEnumerable<T> items, Func<T, object?[]> values, bool countSkips = true) =>
            Write(sql, items, null, values, countSkips);

        /// <summary>
        /// As <see cref="Write{T}(string, IEnumerable{T}, Func{T, object?[]}, bool)"/>, and the items
        /// whose key was already stored go into <paramref name="kept"/>.
        /// </summary>
        private int Write<T>(
            string sql, IEnumerable<T> items, List<T>? kept, Func<T, object?[]> values, bool countSkips = true)
        {
            using var insert = new ChunkedInsert(tx, sql);
            var written = 0;
            var pending = new List<(T Item, object?[] Row)>(RowsPerStatement);

            foreach (var item in items)
            {
                pending.Add((item, values(item)));

                if (pending.Count == RowsPerStatement)
                {
                    written += Flush(insert, pending, kept, countSkips);
                }
            }

            if (pending.Count > 0)
            {
                written += Flush(insert, pending, kept, countSkips);
            }

            return written;
        }

        private int Flush<T>(
            ChunkedInsert insert, List<(T Item, object?[] Row)> pending, List<T>? kept, bool countSkips)
        {
            var unchanged = kept is null ? null : new List<int>();
            var changed = insert.Execute(pending.ConvertAll(p => p.Row), unchanged);

            if (countSkips)
            {
                Skipped += pending.Count - changed;
            }

            kept?.AddRange(unchanged!.Select(i => pending[i].Item));
            pending.Clear();
            return changed;
        }
    }
}
