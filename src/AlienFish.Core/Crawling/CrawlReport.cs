using AlienFish.Core.Importing;

namespace AlienFish.Core.Crawling;

/// <summary>Batches planned, skipped as already finished, and fetched; with the import of each file.</summary>
public sealed record CrawlReport(int Planned, int AlreadyFinished, int Fetched, ImportReport Imports);
