using System.Globalization;
using AlienFish.Replicas.Portal;
using AlienFish.Testing;
using Microsoft.Data.Sqlite;

namespace AlienFish.Cli.Tests;

/// <summary>`fishdens crawl --source portal` driving Chromium through the local replica of the portal.</summary>
public sealed class PortalCrawlEndToEndTests
{
    [Fact]
    public async Task Should_end_a_fish_crawl_with_the_replicas_surveys_and_counts_in_the_store()
    {
        if (!File.Exists("/usr/bin/chromium"))
        {
            Assert.Fail("Chromium is needed: apt-get install chromium (.ci/run installs it)");
        }

        // Given the portal replica with the 미호천 reaches
        await using var replica = await PortalReplica.StartAsync(new PortalReplicaOptions { Seed = 11 });
        using var temp = new TempFolder();
        var codes = replica.FishSites("금강", "미호천").Select(s => s.Code).ToList();
        var held = replica.FishRows(codes, 2023, 1, 2023, 2);

        // When fishdens crawls their 2023 fish surveys
        var (code, output, error) = await ToolRunner.InProcess(
            "crawl", "--db", temp.File("s.db"), "--plugins", ToolRunner.BuiltInPlugins, "--source", "portal",
            "--dataset", "fish", "--basin", "금강/미호천", "--from", "2023", "--to", "2023",
            "--set", $"portal={replica.BaseAddress}", "--set", "delay-ms=0", "--set", "backoff-ms=20");

        // Then the downloads went through the importer: every survey and species row is stored
        Assert.True(code == 0, output + error);
        Assert.Equal(held.Count(r => r.Sheet == "현지조사"), Count(temp.File("s.db"), "surveys"));
        Assert.Equal(held.Count(r => r.Sheet == "출현생물"), Count(temp.File("s.db"), "counts"));
        Assert.True(Count(temp.File("s.db"), "crawl_batches") >= 1);
    }

    private static long Count(string db, string table)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
