using System.Diagnostics;
using System.Globalization;
using AlienFish.Replicas.OpenApi;
using AlienFish.Testing;
using Microsoft.Data.Sqlite;

namespace AlienFish.Cli.Tests;

/// <summary>`fishdens crawl --source open-api` against the local replica of the API.</summary>
public sealed class CrawlEndToEndTests
{
    private static readonly string[] Stations = ["3302A40", "3301A55", "3013A50"];

    // The replica's fields that the store keeps as samples, each a canonical variable.
    private static readonly string[] ValueFields =
        ["ITEM_DOC", "ITEM_BOD", "ITEM_COD", "ITEM_TN", "ITEM_TP", "ITEM_TOC", "ITEM_SS"];

    [Fact]
    public async Task Should_store_exactly_the_values_the_replica_holds()
    {
        // Given the replica serving the 2016 and 2023 Geum samples
        await using var replica = await OpenApiReplica.StartAsync();
        using var temp = new TempFolder();

        // When fishdens crawls three stations from 2016 to 2023
        var (code, output, error) = await ToolRunner.InProcess(Crawl(replica, temp.File("s.db")));

        // Then every non-blank value of every item is in the store, once
        Assert.True(code == 0, output + error);
        var expected = replica.ItemsFor(Stations, [2016, 2023])
            .Sum(item => ValueFields.Count(f => item.TryGetValue(f, out var v) && v.Trim().Length > 0));
        Assert.Equal(expected, Count(temp.File("s.db"), "SELECT COUNT(*) FROM water_samples"));
        // Three stations, one per request, over the eight years 2016 to 2023.
        Assert.Equal(24, Count(temp.File("s.db"), "SELECT COUNT(*) FROM crawl_batches"));
        Assert.Contains("crawl open-api: 24 batches, 0 already finished, 24 fetched", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_end_a_killed_and_restarted_crawl_with_the_store_of_an_uninterrupted_one()
    {
        // Given a slow replica, and a crawl of the tool killed once its first batch is stored
        var options = new ReplicaOptions { MaxDelay = TimeSpan.FromMilliseconds(400) };
        await using var replica = await OpenApiReplica.StartAsync(options);
        using var temp = new TempFolder();
        var killed = temp.File("killed.db");

        using (var first = Start(temp.Path, Crawl(replica, killed)))
        {
            await WaitUntil(() => File.Exists(killed) && Count(killed, "SELECT COUNT(*) FROM crawl_batches") >= 1);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var finishedBeforeKill = Count(killed, "SELECT COUNT(*) FROM crawl_batches");
        Assert.InRange(finishedBeforeKill, 1, 23);

        // When the same crawl runs again, and once more into a fresh store without interruption
        var resumed = ToolRunner.Process(temp.Path, Crawl(replica, killed));
        var reference = ToolRunner.Process(temp.Path, Crawl(replica, temp.File("reference.db")));

        // Then the resumed crawl skipped what was finished and both stores hold the same samples
        Assert.True(resumed.Code == 0, resumed.Out + resumed.Error);
        Assert.Contains($"{finishedBeforeKill} already finished", resumed.Out, StringComparison.Ordinal);
        Assert.True(reference.Code == 0, reference.Out + reference.Error);
        Assert.Equal(Samples(temp.File("reference.db")), Samples(killed));
    }

    private static string[] Crawl(OpenApiReplica replica, string db) =>
    [
        "crawl", "--db", db, "--plugins", ToolRunner.BuiltInPlugins, "--source", "open-api",
        "--basin", "금강", "--from", "2016", "--to", "2023",
        "--set", $"base-url={replica.BaseAddress}", "--set", $"service-key={replica.Options.ServiceKey}",
        "--set", $"stations={string.Join(',', Stations)}", "--set", "stations-per-request=1",
        "--set", "delay-ms=0",
    ];

    private static Process Start(string folder, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(ToolRunner.ToolFolder, "fishdens.dll"));

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);

        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the crawl did not finish a batch within 2 minutes");
            await Task.Delay(50);
        }
    }

    private static long Count(string db, string sql)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // The store is still being created by the tool.
            return 0;
        }
    }

    private static List<string> Samples(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText =
            "SELECT station_code, sampled_on, round, variable, value, qualifier FROM water_samples "
            + "ORDER BY station_code, sampled_on, round, variable";

        using var reader = cmd.ExecuteReader();
        var rows = new List<string>();

        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, 6).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i))));
        }

        return rows;
    }
}
