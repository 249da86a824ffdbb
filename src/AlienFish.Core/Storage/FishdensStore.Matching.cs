using System.Text.Json;
using AlienFish.Abstractions;

namespace AlienFish.Core.Storage;

public sealed partial class FishdensStore
{
    public long SaveMatchRun(string matcher, PluginSettings settings, MatchResult result)
    {
        using var tx = _connection.BeginTransaction();
        using var run = Command(
            "INSERT INTO match_runs (matcher, settings, created_at) VALUES ($m, $s, $t); SELECT last_insert_rowid();",
            tx);

        run.Parameters.AddWithValue("$m", matcher);
        run.Parameters.AddWithValue("$s", JsonSerializer.Serialize(settings.Values));
        run.Parameters.AddWithValue("$t", Now());
        var runId = (long)run.ExecuteScalar()!;

        var writer = new BatchWriter(tx, 0);
        writer.MatchRows(runId, result);
        tx.Commit();

        return runId;
    }

    public MatchRun? LatestMatchRun()
    {
        using var cmd = Command(
            """
            SELECT r.id, r.matcher, r.settings, r.created_at,
                   (SELECT COUNT(*) FROM matches m WHERE m.run_id = r.id),
                   (SELECT COUNT(*) FROM unmatched u WHERE u.run_id = r.id)
            FROM match_runs r ORDER BY r.id DESC LIMIT 1
            """);

        using var reader = cmd.ExecuteReader();

        return reader.Read()
            ? new MatchRun(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetInt32(4), reader.GetInt32(5))
            : null;
    }

    /// <summary>The latest match run, or a user error saying to run <c>fishdens match</c> first.</summary>
    public MatchRun RequireLatestMatchRun() =>
        LatestMatchRun()
            ?? throw new PipelineException(
                $"the store {Path} has no match run yet; run 'fishdens match' first", ExitCodes.NothingToDo);

    public IReadOnlyList<MatchedSurvey> LoadMatches(long runId)
    {
        var values = new Dictionary<SurveyKey, Dictionary<string, double>>();

        using (var cmd = Command(
            "SELECT network, reach_code, year, round, variable, mean FROM match_values WHERE run_id = $r"))
        {
            cmd.Parameters.AddWithValue("$r", runId);
            using var reader = cmd.ExecuteReader();

            while (reader.Read())
            {
                var key = ReadKey(reader);
                if (!values.TryGetValue(key, out var row))
                {
                    values[key] = row = new Dictionary<string, double>(StringComparer.Ordinal);
                }

                row[reader.GetString(4)] = reader.GetDouble(5);
            }
        }

        using var matches = Command(
            """
            SELECT m.network, m.reach_code, m.year, m.round, COALESCE(r.name, m.reach_code),
                   m.station_code, m.distance_m
            FROM matches m
            LEFT JOIN reaches r ON r.network = m.network AND r.code = m.reach_code
            WHERE m.run_id = $r
            ORDER BY m.network, m.reach_code, m.year, m.round
            """);

        matches.Parameters.AddWithValue("$r", runId);
        using var rows = matches.ExecuteReader();
        var result = new List<MatchedSurvey>();

        while (rows.Read())
        {
            var key = ReadKey(rows);
            var row = values.TryGetValue(key, out var v) ? v : new Dictionary<string, double>();
            result.Add(new MatchedSurvey(
                key, rows.GetString(4), rows.GetString(5), rows.GetDouble(6), row));
        }

        return result;
    }

    public IReadOnlyList<UnmatchedSurvey> LoadUnmatched(long runId)
    {
        using var cmd = Command(
            "SELECT network, reach_code, year, round, reason FROM unmatched WHERE run_id = $r ORDER BY rowid");
        cmd.Parameters.AddWithValue("$r", runId);
        using var reader = cmd.ExecuteReader();
        var result = new List<UnmatchedSurvey>();

        while (reader.Read())
        {
            result.Add(new UnmatchedSurvey(ReadKey(reader), reader.GetString(4)));
        }

        return result;
    }

    private static SurveyKey ReadKey(Microsoft.Data.Sqlite.SqliteDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3));

    private sealed partial class BatchWriter
    {
        public void MatchRows(long runId, MatchResult result)
        {
            const string MatchSql = """
                INSERT INTO matches (run_id, network, reach_code, year, round, station_network,
                    station_code, distance_m)
                VALUES ($0, $1, $2, $3, $4, $5, $6, $7)
                """;

            Write(MatchSql, result.Matches, m =>
            [
                runId, m.Survey.Network, m.Survey.ReachCode, m.Survey.Year, m.Survey.Round,
                m.Station.Network, m.Station.Code, m.DistanceMetres,
            ]);

            const string ValueSql = """
                INSERT INTO match_values (run_id, network, reach_code, year, round, variable, mean,
                    n, below_limit)
                VALUES ($0, $1, $2, $3, $4, $5, $6, $7, $8)
                """;

            // A variable with nothing to average (only below an unknown limit) has no mean to store.
            var values = result.Matches
                .SelectMany(m => m.Values.Select(v => (m.Survey, v.Key, v.Value)))
                .Where(x => double.IsFinite(x.Value.Mean));
            Write(ValueSql, values, x =>
            [
                runId, x.Survey.Network, x.Survey.ReachCode, x.Survey.Year, x.Survey.Round, x.Key,
                x.Value.Mean, x.Value.Count, x.Value.BelowLimit,
            ]);

            const string UnmatchedSql = """
                INSERT INTO unmatched (run_id, network, reach_code, year, round, reason)
                VALUES ($0, $1, $2, $3, $4, $5)
                """;

            Write(UnmatchedSql, result.Unmatched, u =>
                [runId, u.Survey.Network, u.Survey.ReachCode, u.Survey.Year, u.Survey.Round, u.Reason]);
        }
    }
}
