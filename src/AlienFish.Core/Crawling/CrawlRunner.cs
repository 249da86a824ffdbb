using AlienFish.Abstractions;
using AlienFish.Core.Importing;
using AlienFish.Core.Storage;
using Microsoft.Extensions.Logging;

namespace AlienFish.Core.Crawling;

/// <summary>
/// Drives a crawl source batch by batch. A batch counts as finished only after all its files
/// are in the store, so a crawl that is stopped resumes at the first unfinished batch and
/// files fetched twice are recognised by their hash and not stored again.
/// </summary>
public sealed class CrawlRunner
{
    private readonly FishdensStore _store;
    private readonly Importer _importer;
    private readonly ILogger _logger;

    public CrawlRunner(FishdensStore store, Importer importer, ILogger logger)
    {
        _store = store;
        _importer = importer;
        _logger = logger;
    }

    public async Task<CrawlReport> RunAsync(
        ICrawlSource source,
        CrawlRequest request,
        string workFolder,
        bool strict,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workFolder);
        var context = new Context(_logger, workFolder);
        var batches = await source.PlanAsync(request, context, cancellationToken);
        var outcomes = new List<FileOutcome>();
        var skipped = 0;
        var fetched = 0;

        foreach (var batch in batches)
        {
            if (_store.IsBatchFinished(source.Name, batch.Key))
            {
                skipped++;
                continue;
            }

            _logger.LogInformation(
                "fetching batch {Done}/{Total}: {Batch}",
                skipped + fetched + 1, batches.Count, batch.Description);
            var files = await source.FetchAsync(batch, context, cancellationToken);
            var imported = files.Select(f => _importer.Import(f, strict, cancellationToken)).ToList();
            outcomes.AddRange(imported);

            if (imported.All(o => o.Status is FileStatus.Imported or FileStatus.AlreadyImported))
            {
                _store.MarkBatchFinished(source.Name, batch);
            }

            fetched++;
        }

        return new CrawlReport(batches.Count, skipped, fetched, new ImportReport(outcomes));
    }

    private sealed record Context(ILogger Logger, string WorkFolder) : ICrawlContext;
}
