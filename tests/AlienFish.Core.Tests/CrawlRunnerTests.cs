using AlienFish.Abstractions;
using AlienFish.Core.Crawling;
using AlienFish.Core.Importing;
using AlienFish.Core.Plugins;
using AlienFish.Core.Storage;
using AlienFish.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlienFish.Core.Tests;

public sealed class CrawlRunnerTests
{
    private static readonly PluginCatalog Catalog =
        PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "fixture-plugins")]);

    [Fact]
    public async Task Should_fetch_every_batch_and_store_its_rows()
    {
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));

        var report = await Crawl(store, temp, batches: 4);

        Assert.Equal((4, 0, 4), (report.Planned, report.AlreadyFinished, report.Fetched));
        Assert.Equal(8, store.Count("stations"));
        Assert.Equal(4, store.Count("crawl_batches"));
    }

    [Fact]
    public async Task Should_resume_a_failed_crawl_and_end_with_the_store_of_an_uninterrupted_one()
    {
        // Given a crawl that fails on its third of five batches
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));

        var error = await Assert.ThrowsAsync<PipelineException>(() => Crawl(store, temp, batches: 5, failAt: 3));

        Assert.Equal(ExitCodes.SourceFailed, error.ExitCode);
        Assert.Equal(
            "crawl source 'fixture-crawl' failed on batch batch 3 of 5: the replica answered 500 three times; "
            + "2 of 5 batches are finished and kept, run the same command again to resume",
            error.Message);
        Assert.Equal(4, store.Count("stations"));

        // When it runs again
        var resumed = await Crawl(store, temp, batches: 5);

        // Then the finished batches are skipped and the store equals an uninterrupted crawl's
        Assert.Equal((5, 2, 3), (resumed.Planned, resumed.AlreadyFinished, resumed.Fetched));
        using var reference = FishdensStore.Open(temp.File("reference.db"));
        await Crawl(reference, temp, batches: 5);
        Assert.Equal(Codes(reference), Codes(store));
        Assert.Equal(reference.Count("raw_files"), store.Count("raw_files"));
    }

    [Fact]
    public async Task Should_add_nothing_when_a_finished_crawl_runs_again()
    {
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        await Crawl(store, temp, batches: 3);

        var again = await Crawl(store, temp, batches: 3);

        Assert.Equal((3, 3, 0), (again.Planned, again.AlreadyFinished, again.Fetched));
        Assert.Equal(6, store.Count("stations"));
        Assert.Equal(3, store.Count("raw_files"));
    }

    private static Task<CrawlReport> Crawl(FishdensStore store, TempFolder temp, int batches, int? failAt = null)
    {
        var settings = new Dictionary<string, string> { ["batches"] = $"{batches}" };

        if (failAt is { } n)
        {
            settings["fail-at"] = $"{n}";
        }

        var request = new CrawlRequest("water-quality", ["금강"], 2016, 2016, [1], settings);
        var source = Catalog.Get<ICrawlSource>("fixture-crawl", "crawl source");
        var importer = new Importer(store, Catalog, NullLogger.Instance);
        var runner = new CrawlRunner(store, importer, NullLogger.Instance);

        return runner.RunAsync(source, request, temp.File("work"), strict: false, CancellationToken.None);
    }

    private static List<string> Codes(FishdensStore store) => store.LoadStations().Select(s => s.Code).ToList();
}
