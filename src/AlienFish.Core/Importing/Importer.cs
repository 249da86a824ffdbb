using System.Security.Cryptography;
using AlienFish.Abstractions;
using AlienFish.Core.Plugins;
using AlienFish.Core.Progress;
using AlienFish.Core.Storage;
using Microsoft.Extensions.Logging;

namespace AlienFish.Core.Importing;

/// <summary>
/// Offers each file to the file sources, stores what the first one that recognises it
/// reads, and archives the raw bytes by SHA-256 so the same file is never imported twice.
/// </summary>
public sealed class Importer
{
    private readonly FishdensStore _store;
    private readonly IReadOnlyList<IFileSource> _sources;
    private readonly ILogger _logger;
    private readonly PluginSettings _settings;

    /// <param name="settings">The <c>--set</c> settings handed to every file source that reads a file.</param>
    public Importer(FishdensStore store, PluginCatalog catalog, ILogger logger, PluginSettings? settings = null)
    {
        _store = store;
        _sources = catalog.All<IFileSource>().ToList();
        _logger = logger;
        _settings = settings ?? PluginSettings.Empty;
    }

    /// <summary>Files and folders (searched recursively) in a stable order.</summary>
    public static IReadOnlyList<(string Path, bool Named)> Expand(IEnumerable<string> paths)
    {
        var files = new List<(string, bool)>();

        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal);
                files.AddRange(found.Select(f => (f, false)));
            }
            else
            {
                files.Add((path, true));
            }
        }

        return files;
    }

    public ImportReport ImportPaths(
        IEnumerable<string> paths,
        bool strict,
        CancellationToken cancellationToken,
        IProgress<WorkProgress>? progress = null)
    {
        var outcomes = new List<FileOutcome>();
        var files = Expand(paths);

        foreach (var (path, named) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new WorkProgress(outcomes.Count, files.Count, Path.GetFileName(path)));
            outcomes.Add(ImportPath(path, named, strict, cancellationToken));
        }

        progress?.Report(new WorkProgress(outcomes.Count, files.Count, ""));
        return new ImportReport(outcomes);
    }

    private FileOutcome ImportPath(string path, bool named, bool strict, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return Failed(path, $"{path} does not exist; check the path");
        }

        byte[] bytes;

        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(path, $"{path} cannot be read: {e.Message}");
        }

        var file = new RawFile(Path.GetFileName(path), Path.GetFullPath(path), bytes);
        var outcome = Import(file, strict, cancellationToken);

        // Inside a folder, files no source knows (notes, images) are passed over quietly.
        if (outcome.Status == FileStatus.NotRecognised && named)
        {
            return outcome with { Status = FileStatus.Failed };
        }

        return outcome;
    }

    /// <summary>Imports one file whole, or nothing of it.</summary>
    public FileOutcome Import(RawFile file, bool strict, CancellationToken cancellationToken)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(file.Content.Span));

        if (_store.HasRawFile(sha))
        {
            _logger.LogInformation("{File} is already in the store (sha256 {Sha})", file.Path, sha[..12]);
            return new FileOutcome(file.Path, FileStatus.AlreadyImported, null, null, null, [], [], null);
        }

        var (source, layout) = Recognise(file);

        if (source is null || layout is null)
        {
            var message = $"{file.Path}: no source plugin recognises this file's content "
                + $"(tried: {string.Join(", ", _sources.Select(s => s.Name))})";
            _logger.LogInformation("{Message}", message);
            return new FileOutcome(file.Path, FileStatus.NotRecognised, null, null, null, [], [], message);
        }

        SourceBatch batch;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        try
        {
            batch = source.Read(file, _settings, cancellationToken);
        }
        catch (SourceFormatException e)
        {
            return Failed(file.Path, e.Message, source.Name, layout);
        }

        var fatal = batch.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        if (strict && fatal.Count > 0)
        {
            var message = $"{file.Path}: {fatal.Count} problems and --strict is set, "
                + $"so nothing of it was stored; first: {fatal[0]}";

            return new FileOutcome(
                file.Path, FileStatus.RejectedByStrict, source.Name, layout, null,
                batch.Diagnostics, batch.UnknownColumns, message);
        }

        var readMs = clock.ElapsedMilliseconds;
        var counts = _store.StoreBatch(file, sha, source.Name, batch);
        _logger.LogDebug(
            "{File}: read in {Read} ms, stored in {Store} ms", file.Name, readMs, clock.ElapsedMilliseconds - readMs);
        _logger.LogInformation(
            "{File}: {Layout} via {Source}, {Rows} rows added, {Skipped} already stored",
            file.Name, layout, source.Name, counts.Added, counts.Skipped);

        return new FileOutcome(
            file.Path, FileStatus.Imported, source.Name, layout, counts,
            batch.Diagnostics, batch.UnknownColumns, null);
    }

    private (IFileSource? Source, string? Layout) Recognise(RawFile file)
    {
        foreach (var source in _sources)
        {
            string? layout;

            try
            {
                layout = source.Recognise(file);
            }
            catch (Exception e)
            {
                // Recognise must not throw; a plugin that does is passed over, not fatal.
                _logger.LogWarning(
                    "source {Source} failed to inspect {File}: {Error}", source.Name, file.Name, e.Message);
                continue;
            }

            if (layout is not null)
            {
                return (source, layout);
            }
        }

        return (null, null);
    }

    private static FileOutcome Failed(
        string path, string message, string? source = null, string? layout = null) =>
        new(path, FileStatus.Failed, source, layout, null, [], [], message);
}
