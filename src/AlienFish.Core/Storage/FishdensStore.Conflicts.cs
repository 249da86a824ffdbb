using System.Globalization;
using AlienFish.Abstractions;
using Microsoft.Data.Sqlite;

namespace AlienFish.Core.Storage;

public sealed partial class FishdensStore
{
    /// <summary>
    /// Rows whose key an earlier file already stored keep the stored values. Where the file
    /// gives other values for such a key (a corrected download, a value that was below the
    /// limit and is now a number), the import says so, once per kind of record, naming the
    /// row, both values and the file they were stored from: nothing changes in silence.
    /// </summary>
    private sealed partial class BatchWriter
    {
        private const string Code = "store.kept-stored-values";

        private readonly List<WaterSample> _keptSamples = [];
        private readonly List<SpeciesCount> _keptCounts = [];
        private readonly List<SiteChemistry> _keptChemistry = [];
        private readonly List<FishSurvey> _keptSurveys = [];

        /// <summary>The diagnostics for rows already stored with other values; none when all agree.</summary>
        public IEnumerable<Diagnostic> Conflicts()
        {
            var samples = Compare(
                "water samples",
                _keptSamples,
                """
                SELECT w.value, w.qualifier, w.limit_value, w.raw_text, r.name, w.raw_file_id
                FROM water_samples w LEFT JOIN raw_files r ON r.id = w.raw_file_id
                WHERE w.network = $0 AND w.station_code = $1 AND w.sampled_on = $2 AND w.round = $3
                    AND w.variable = $4
                """,
                s => [s.Network, s.StationCode, IsoDate(s.Date), s.Round ?? "", s.Variable],
                s => Values(Number(s.Value), s.Qualifier.ToString(), Number(s.Limit), s.RawText),
                reader => Values(Number(reader, 0), reader.GetString(1), Number(reader, 2), reader.GetString(3)),
                s => $"station {s.StationCode} on {IsoDate(s.Date)}, {s.Variable}",
                s => s.Origin);

            var counts = Compare(
                "species counts",
                _keptCounts,
                """
                SELECT c.count, NULL, NULL, CAST(c.count AS TEXT), r.name, c.raw_file_id
                FROM counts c LEFT JOIN raw_files r ON r.id = c.raw_file_id
                WHERE c.network = $0 AND c.reach_code = $1 AND c.year = $2 AND c.round = $3
                    AND c.species_key = $4
                """,
                c => [c.Survey.Network, c.Survey.ReachCode, c.Survey.Year, c.Survey.Round, c.Species.Key],
                c => Values(Number(c.Count), "", "", c.Count?.ToString(CultureInfo.InvariantCulture) ?? "not recorded"),
                reader => Values(Number(reader, 0), "", "", reader.IsDBNull(3) ? "not recorded" : reader.GetString(3)),
                c => $"{c.Species.Key} in {c.Survey}",
                c => c.Origin);

            var chemistry = Compare(
                "site chemistry values",
                _keptChemistry,
                """
                SELECT c.value, c.qualifier, c.limit_value, c.raw_text, r.name, c.raw_file_id
                FROM site_chemistry c LEFT JOIN raw_files r ON r.id = c.raw_file_id
                WHERE c.network = $0 AND c.reach_code = $1 AND c.year = $2 AND c.round = $3
                    AND c.variable = $4
                """,
                c => [c.Survey.Network, c.Survey.ReachCode, c.Survey.Year, c.Survey.Round, c.Variable],
                c => Values(Number(c.Value), c.Qualifier.ToString(), Number(c.Limit), c.RawText),
                reader => Values(Number(reader, 0), reader.GetString(1), Number(reader, 2), reader.GetString(3)),
                c => $"{c.Variable} in {c.Survey}",
                c => c.Origin);

            var surveys = Compare(
                "surveys",
                _keptSurveys,
                """
                SELECT s.survey_date, s.effort_minutes, s.area_m2, s.gear, r.name, s.raw_file_id
                FROM surveys s LEFT JOIN raw_files r ON r.id = s.raw_file_id
                WHERE s.network = $0 AND s.reach_code = $1 AND s.year = $2 AND s.round = $3
                """,
                s => [s.Key.Network, s.Key.ReachCode, s.Key.Year, s.Key.Round],
                s => Survey(
                    s.Date is { } d ? IsoDate(d) : "", Number(s.EffortMinutes), Number(s.AreaSquareMetres), s.Gear ?? ""),
                reader => Survey(Text(reader, 0), Number(reader, 1), Number(reader, 2), Text(reader, 3)),
                s => s.Key.ToString(),
                s => s.Origin);

            return new[] { samples, counts, chemistry, surveys }.OfType<Diagnostic>();
        }

        /// <summary>
        /// Reads each kept row's stored values and compares the four fields that carry its
        /// meaning; returns one warning for those that differ, or null.
        /// </summary>
        private Diagnostic? Compare<T>(
            string what,
            List<T> kept,
            string sql,
            Func<T, object?[]> key,
            Func<T, (string Compared, string Shown)> given,
            Func<SqliteDataReader, (string Compared, string Shown)> stored,
            Func<T, string> describe,
            Func<T, SourceLocation> origin)
        {
            if (kept.Count == 0)
            {
                return null;
            }

            using var command = tx.Connection!.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql;

            var parameters = key(kept[0])
                .Select((_, i) => command.Parameters.AddWithValue($"${i}", DBNull.Value))
                .ToList();
            var differing = 0;
            (T Item, string Stored, string File)? first = null;

            foreach (var item in kept)
            {
                var values = key(item);

                for (var i = 0; i < values.Length; i++)
                {
                    parameters[i].Value = values[i] ?? DBNull.Value;
                }

                using var reader = command.ExecuteReader();

                // A row of this same file left unstored is a repeat within it, reported by its source.
                if (!reader.Read() || reader.GetInt64(5) == fileId || stored(reader).Compared == given(item).Compared)
                {
                    continue;
                }

                differing++;
                first ??= (item, stored(reader).Shown, reader.IsDBNull(4) ? "an earlier file" : reader.GetString(4));
            }

            if (first is not { } example)
            {
                return null;
            }

            return new Diagnostic(
                DiagnosticSeverity.Warning,
                Code,
                $"{differing} {what} give keys already stored from an earlier file with other values (the first "
                + $"is here: {describe(example.Item)}, stored {example.Stored} from {example.File}, here "
                + $"{given(example.Item).Shown}); the stored values are kept",
                origin(example.Item));
        }

        /// <summary>A value compared by number, qualifier and limit, and shown as its text was written.</summary>
        private static (string Compared, string Shown) Values(
            string value, string qualifier, string limit, string raw) =>
            ($"{value}|{qualifier}|{limit}", $"'{raw}'");

        private static (string Compared, string Shown) Survey(string date, string effort, string area, string gear)
        {
            var shown = $"'{date}', {effort} min, {area} m², gear '{gear}'";

            return (shown, shown);
        }

        private static string Number(double? value) =>
            value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

        private static string Number(int? value) =>
            value?.ToString(CultureInfo.InvariantCulture) ?? "";

        private static string Number(SqliteDataReader reader, int ordinal) =>
            reader.IsDBNull(ordinal) ? "" : reader.GetDouble(ordinal).ToString("R", CultureInfo.InvariantCulture);

        private static string Text(SqliteDataReader reader, int ordinal) =>
            reader.IsDBNull(ordinal) ? "" : reader.GetString(ordinal);
    }
}
