using AlienFish.Abstractions;
using AlienFish.Core.Storage;

namespace AlienFish.Core.Importing;

/// <summary>The outcome of every file of an import run, and the closing summary.</summary>
public sealed record ImportReport(IReadOnlyList<FileOutcome> Files)
{
    /// <summary>
    /// The run was stopped (Ctrl+C) before every file was offered: the files listed are
    /// settled, each stored whole or not at all, and the same command imports the rest.
    /// </summary>
    public bool Interrupted { get; init; }

    /// <summary>The number of files the run was given, where it stopped before all of them.</summary>
    public int Planned { get; init; }

    /// <summary>
    /// The store refused a file (a full disk, say) and the run stopped there; the files listed
    /// before it are stored.
    /// </summary>
    public StoreException? StoppedBy { get; init; }

    public int Count(FileStatus status) => Files.Count(f => f.Status == status);

    public IEnumerable<Diagnostic> Diagnostics => Files.SelectMany(f => f.Diagnostics);

    public bool HasFailures =>
        Files.Any(f => f.Status is FileStatus.Failed or FileStatus.RejectedByStrict or FileStatus.SourceBug);

    private int Failed =>
        Count(FileStatus.Failed) + Count(FileStatus.RejectedByStrict) + Count(FileStatus.SourceBug);

    public string Summary()
    {
        var rows = Files.Where(f => f.Counts is not null).Sum(f => f.Counts!.Added);
        var warnings = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        var errors = Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

        return $"{Count(FileStatus.Imported)} imported ({rows} rows), "
            + $"{Count(FileStatus.AlreadyImported)} already in the store, "
            + $"{Count(FileStatus.NotRecognised)} not recognised, "
            + $"{Failed} failed; "
            + $"{warnings} warnings, {errors} errors";
    }
}
