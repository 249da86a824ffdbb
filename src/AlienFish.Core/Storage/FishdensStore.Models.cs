using AlienFish.Abstractions;

namespace AlienFish.Core.Storage;

/// <summary>One predicted density for a survey and species.</summary>
public sealed record PredictedDensity(SurveyKey Survey, string SpeciesKey, double Density);

public sealed partial class FishdensStore
{
    public long SaveModel(
        string plugin, string pluginVersion, string path, string sha256, long? matchRunId, string description)
    {
        using var cmd = Command(
            """
            INSERT INTO models (plugin, plugin_version, path, sha256, match_run_id, created_at, description)
            VALUES ($p, $v, $path, $sha, $run, $at, $d);
            SELECT last_insert_rowid();
            """);

        cmd.Parameters.AddWithValue("$p", plugin);
        cmd.Parameters.AddWithValue("$v", pluginVersion);
        cmd.Parameters.AddWithValue("$path", path);
        cmd.Parameters.AddWithValue("$sha", sha256);
        cmd.Parameters.AddWithValue("$run", Db(matchRunId));
        cmd.Parameters.AddWithValue("$at", Now());
        cmd.Parameters.AddWithValue("$d", description);

        return (long)cmd.ExecuteScalar()!;
    }

    /// <summary>The id of the stored model with this file hash, registering it when new.</summary>
    public long ModelId(
        string plugin, string pluginVersion, string path, string sha256, string description)
    {
        using var find = Command("SELECT id FROM models WHERE sha256 = $sha ORDER BY id DESC LIMIT 1");
        find.Parameters.AddWithValue("$sha", sha256);

        return find.ExecuteScalar() is long id
            ? id
            : SaveModel(plugin, pluginVersion, path, sha256, null, description);
    }

    /// <summary>Replaces the model's predictions for these surveys, in one transaction.</summary>
    public void SavePredictions(long modelId, IReadOnlyList<PredictedDensity> predictions)
    {
        using var tx = _connection.BeginTransaction();
        var writer = new BatchWriter(tx, 0);

        const string Sql = """
            INSERT INTO predictions (model_id, network, reach_code, year, round, species_key, density)
            VALUES ($0, $1, $2, $3, $4, $5, $6)
            ON CONFLICT DO UPDATE SET density = excluded.density
            """;

        writer.Rows(Sql, predictions, p =>
        [
            modelId, p.Survey.Network, p.Survey.ReachCode, p.Survey.Year, p.Survey.Round,
            p.SpeciesKey, p.Density,
        ]);

        tx.Commit();
    }

    public bool IsBatchFinished(string source, string batchKey)
    {
        using var cmd = Command("SELECT 1 FROM crawl_batches WHERE source = $s AND batch_key = $k");
        cmd.Parameters.AddWithValue("$s", source);
        cmd.Parameters.AddWithValue("$k", batchKey);
        return cmd.ExecuteScalar() is not null;
    }

    public void MarkBatchFinished(string source, CrawlBatch batch)
    {
        using var cmd = Command(
            """
            INSERT INTO crawl_batches (source, batch_key, description, finished_at)
            VALUES ($s, $k, $d, $t) ON CONFLICT DO NOTHING
            """);

        cmd.Parameters.AddWithValue("$s", source);
        cmd.Parameters.AddWithValue("$k", batch.Key);
        cmd.Parameters.AddWithValue("$d", batch.Description);
        cmd.Parameters.AddWithValue("$t", Now());
        cmd.ExecuteNonQuery();
    }

    private sealed partial class BatchWriter
    {
        public int Rows<T>(string sql, IEnumerable<T> items, Func<T, object?[]> values) =>
            Write(sql, items, values);
    }
}
