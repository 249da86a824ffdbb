using AlienFish.Abstractions;
using AlienFish.Core.Importing;
using AlienFish.Core.Progress;
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
        CancellationToken cancellationToken,
        IProgress<WorkProgress>? progress = null)
    {
        Directory.CreateDirectory(workFolder);
        var context = new Context(_logger, workFolder);
        var batches = await source.PlanAsync(request, context, cancellationToken);
        var outcomes = new List<FileOutcome>();
        var skipped = 0;
        var fetched = 0;

        foreach (var batch in batches)
        {
            progress?.Report(new WorkProgress(skipped + fetched, batches.Count, batch.Description));

            if (_store.IsBatchFinished(source.Name, batch.Key))
            {
                skipped++;
                continue;
            }

            _logger.LogInformation(
                "fetching batch {Done}/{Total}: {Batch}",
                skipped + fetched + 1, batches.Count, batch.Description);

            var files = await Fetch(source, batch, context, skipped + fetched, batches.Count, cancellationToken);
            var imported = files.Select(f => _importer.Import(f, strict, cancellationToken)).ToList();
            outcomes.AddRange(imported);

            if (imported.All(o => o.Status is FileStatus.Imported or FileStatus.AlreadyImported))
            {
                _store.MarkBatchFinished(source.Name, batch);
            }
            else
            {
                foreach (var failed in imported.Where(o => o.Message is not null))
                {
                    _logger.LogError("{Message}", failed.Message);
                }

                _logger.LogWarning(
                    "batch {Batch} is not marked finished: some of its files were not stored", batch.Description);
            }

            fetched++;
        }

        progress?.Report(new WorkProgress(batches.Count, batches.Count, ""));
        return new CrawlReport(batches.Count, skipped, fetched, new ImportReport(outcomes));
    }

    private static async Task<IReadOnlyList<RawFile>> Fetch(
        ICrawlSource source,
        CrawlBatch batch,
        ICrawlContext context,
        int finished,
        int total,
        CancellationToken cancellationToken)
    {
        try
        {
            return await source.FetchAsync(batch, context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The source has already retried what it could; stop so a rerun resumes here.
            throw new PipelineException(
                $"crawl source '{source.Name}' failed on batch {batch.Description}: {e.Message}; "
                + $"{finished} of {total} batches are finished and kept, run the same command again to resume",
                ExitCodes.SourceFailed);
        }
    }

    private sealed record Context(ILogger Logger, string WorkFolder) : ICrawlContext;
}
