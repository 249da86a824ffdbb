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
    string? Message);
