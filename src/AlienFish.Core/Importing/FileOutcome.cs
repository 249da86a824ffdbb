using AlienFish.Abstractions;
using AlienFish.Core.Storage;

namespace AlienFish.Core.Importing;

public enum FileStatus
{
    Imported,
    AlreadyImported,
    NotRecognised,
    Failed,
    RejectedByStrict,

    /// <summary>The source plugin failed on the file with an error that is a bug; nothing of it was stored.</summary>
    SourceBug,
}

/// <summary>What happened to one file.</summary>
/// <param name="Message">For failures, the one line the user sees.</param>
public sealed record FileOutcome(
    string Path,
    FileStatus Status,
    string? Source,
    string? Layout,
    ImportCounts? Counts,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string> UnknownColumns,
    string? Message)
{
    /// <summary>For <see cref="FileStatus.SourceBug"/>, the exception, whose stack the detailed log shows.</summary>
    public Exception? Error { get; init; }
}
