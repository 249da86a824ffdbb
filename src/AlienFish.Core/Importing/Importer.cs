using System.Diagnostics;
using System.Security.Cryptography;
using AlienFish.Abstractions;
using AlienFish.Core.Plugins;
using AlienFish.Core.Progress;
using AlienFish.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace AlienFish.Core.Importing;

/// <summary>
/// Offers each file to the file sources, stores what the first one that recognises it
/// reads, and archives the raw bytes by SHA-256 so the same file is never imported twice.
/// </summary>
/// <remarks>
/// Of a list of files, the next one is decoded and read on another thread while the current
/// one is stored; the store itself is only ever touched from the calling thread, in order.
/// Given a way to open the store, the importer opens it while the first file is being read.
/// </remarks>
public sealed class Importer
{
    private readonly Func<FishdensStore> _openStore;
    private readonly IReadOnlyList<IFileSource> _sources;
    private readonly ILogger _logger;
    private readonly PluginSettings _settings;
    private FishdensStore? _store;

    /// <param name="settings">The <c>--set</c> settings handed to every file source that reads a file.</param>
    public Importer(FishdensStore store, PluginCatalog catalog, ILogger logger, PluginSettings? settings = null)
        : this(() => store, catalog, logger, settings)
    {
    }

    /// <param name="openStore">Opens the store, once, on the calling thread, when first needed.</param>
    public Importer(
        Func<FishdensStore> openStore, PluginCatalog catalog, ILogger logger, PluginSettings? settings = null)
    {
        _openStore = openStore;
        _sources = catalog.All<IFileSource>().ToList();
        _logger = logger;
        _settings = settings ?? PluginSettings.Empty;
    }

    /// <summary>The largest value SQLite stores by default, and so the largest file archived whole.</summary>
    private const long LargestFile = 1_000_000_000;

    private FishdensStore Store => _store ??= _openStore();

    /// <summary>
    /// Files and folders (searched recursively) in a stable order. A linked folder inside a
    /// named one is not entered: a link back up the tree would never end.
    /// </summary>
    public static IReadOnlyList<(string Path, bool Named)> Expand(IEnumerable<string> paths)
    {
        var files = new List<(string, bool)>();

        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = FilesUnder(path)
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

    /// <summary>The files of a folder and of its folders, linked files included, linked folders not.</summary>
    private static IEnumerable<string> FilesUnder(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            yield return file;
        }

        var folders = Directory.EnumerateDirectories(folder)
            .Where(sub => !new DirectoryInfo(sub).Attributes.HasFlag(FileAttributes.ReparsePoint));

        foreach (var file in folders.SelectMany(FilesUnder))
        {
            yield return file;
        }
    }

    public ImportReport ImportPaths(
        IEnumerable<string> paths,
        bool strict,
        CancellationToken cancellationToken,
        IProgress<WorkProgress>? progress = null)
    {
        var files = Expand(paths);
        var outcomes = new List<FileOutcome>(files.Count);
        var next = files.Count > 0 ? Begin(files[0].Path, files[0].Named, cancellationToken) : null;

        // Opening (or creating) the store overlaps the reading of the first file.
        _ = Store;

        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                progress?.Report(new WorkProgress(i, files.Count, Path.GetFileName(files[i].Path)));
                cancellationToken.ThrowIfCancellationRequested();

                // Ctrl+C does not wait for a slow read to end: the read is dropped unstored.
                var current = next!.WaitAsync(cancellationToken).GetAwaiter().GetResult();
                next = i + 1 < files.Count
                    ? Begin(files[i + 1].Path, files[i + 1].Named, cancellationToken)
                    : null;

                outcomes.Add(Finish(current, strict));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Each file is its own transaction: what is settled stays, the rest waits for a rerun.
            return new ImportReport(outcomes) { Interrupted = true, Planned = files.Count };
        }
        catch (SqliteException e) when (StoreFailure.Describe(Store.Path, e) is { } problem)
        {
            // A full disk or a store taken by another program stops the run; the files stored
            // before it are kept and listed.
            var stopped = new StoreException(
                $"{problem}; it happened while storing {files[outcomes.Count].Path}", e);

            return new ImportReport(outcomes) { Planned = files.Count, StoppedBy = stopped };
        }

        progress?.Report(new WorkProgress(outcomes.Count, files.Count, ""));
        return new ImportReport(outcomes) { Planned = files.Count };
    }

    /// <summary>Imports one file whole, or nothing of it.</summary>
    public FileOutcome Import(RawFile file, bool strict, CancellationToken cancellationToken)
    {
        var sha = Sha256(file);
        var read = Store.HasRawFile(sha)
            ? ReadFile.Stored(file, sha)
            : Read(file, sha, named: false, cancellationToken);

        return Finish(read, strict);
    }

    /// <summary>
    /// Loads a file and, unless the store already has it, starts reading it on the thread pool.
    /// Before the store is open (the first file) nothing can be checked, so loading, hashing
    /// and reading all go to the thread pool; a file found stored once the read is done is
    /// then settled as already imported.
    /// </summary>
    private Task<ReadFile> Begin(string path, bool named, CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            return Task.Run(
                () =>
                {
                    var (file, sha, failure) = Load(path, named);
                    return file is null ? ReadFile.Done(failure!) : Read(file, sha, named, cancellationToken);
                },
                cancellationToken);
        }

        var (loaded, hash, failure) = Load(path, named);

        if (loaded is null)
        {
            return Task.FromResult(ReadFile.Done(failure!));
        }

        if (_store.HasRawFile(hash))
        {
            return Task.FromResult(ReadFile.Stored(loaded, hash));
        }

        return Task.Run(() => Read(loaded, hash, named, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The file's bytes and their SHA-256, or why it cannot be had. A file of no bytes is not
    /// read at all: it is empty, or it is a pipe or device that would never end or never
    /// start; one larger than the store can archive in one value is refused by its size.
    /// </summary>
    private static (RawFile? File, string Sha, FileOutcome? Failure) Load(string path, bool named)
    {
        if (!File.Exists(path))
        {
            return (null, "", Failed(path, $"{path} does not exist; check the path"));
        }

        var size = new FileInfo(path).Length;

        if (size == 0)
        {
            var message = $"{path} is empty, or is no plain file; download it again";
            var outcome = new FileOutcome(
                path, named ? FileStatus.Failed : FileStatus.NotRecognised, null, null, null, [], [], message);

            return (null, "", outcome);
        }

        if (size > LargestFile)
        {
            return (null, "", Failed(path, $"{path} holds {size / 1_000_000:N0} MB, more than the store can "
                + $"archive of one file ({LargestFile / 1_000_000:N0} MB); split it into smaller downloads"));
        }

        byte[] bytes;

        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, "", Failed(path, $"{path} cannot be read: {e.Message}"));
        }

        var file = new RawFile(Path.GetFileName(path), Path.GetFullPath(path), bytes);
        return (file, Sha256(file), null);
    }

    /// <summary>Recognises and reads a file; touches neither the store nor the logger.</summary>
    private ReadFile Read(RawFile file, string sha, bool named, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var warnings = new List<string>();
        var (source, layout) = Recognise(file, warnings);

        if (source is null || layout is null)
        {
            var message = file.Content.Length == 0
                ? $"{file.Path} is empty; download it again"
                : $"{file.Path}: no source plugin recognises this file's content "
                    + $"(tried: {string.Join(", ", _sources.Select(s => s.Name))}); it may be cut short or "
                    + "damaged, or of a layout none of them reads";

            // Inside a folder, files no source knows (notes, images) are passed over quietly.
            var status = named ? FileStatus.Failed : FileStatus.NotRecognised;
            var outcome = new FileOutcome(file.Path, status, null, null, null, [], [], message);
            return new ReadFile(file, sha, null, null, null, outcome, warnings, clock.Elapsed);
        }

        try
        {
            var batch = source.Read(file, _settings, cancellationToken);

            // Put in the store's key order here, off the thread that stores the file before.
            var ordered = SampleKeyOrder.Sorted(batch.Samples);

            if (!ReferenceEquals(ordered, batch.Samples))
            {
                batch.Samples.Clear();
                batch.Samples.AddRange(ordered);
            }
            return new ReadFile(file, sha, source, layout, batch, null, warnings, clock.Elapsed);
        }
        catch (SourceFormatException e)
        {
            var outcome = Failed(file.Path, e.Message, source.Name, layout);
            return new ReadFile(file, sha, source, layout, null, outcome, warnings, clock.Elapsed);
        }
        catch (Exception e) when (e is not (OperationCanceledException or PluginSettingException))
        {
            // A bug in the plugin costs this file, not the files after it; a setting the user
            // gave wrong is the user's to fix, and stops the run as it would have anyway.
            var message = $"{file.Path}: the {source.Name} source failed on this file with "
                + $"{e.GetType().Name}: {e.Message}; this is a bug, please report it with the output of "
                + "--verbosity diagnostic";
            var outcome = new FileOutcome(
                file.Path, FileStatus.SourceBug, source.Name, layout, null, [], [], message)
            { Error = e };

            return new ReadFile(file, sha, source, layout, null, outcome, warnings, clock.Elapsed);
        }
    }

    /// <summary>Stores what was read, on the calling thread, in one transaction.</summary>
    private FileOutcome Finish(ReadFile read, bool strict)
    {
        // Stored before this run began (a first file is read unchecked), or the same bytes
        // twice in one run, the second copy read before the first was stored.
        if (read.Outcome is null && read.File is { } again && Store.HasRawFile(read.Sha))
        {
            read = ReadFile.Stored(again, read.Sha);
        }

        foreach (var warning in read.Warnings)
        {
            _logger.LogWarning("{Warning}", warning);
        }

        if (read.Outcome is { } done)
        {
            LogSettled(done, read.Sha);
            return done;
        }

        var (file, sha, source, layout, batch) = (read.File!, read.Sha, read.Source!, read.Layout!, read.Batch!);
        var fatal = batch.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        if (strict && fatal.Count > 0)
        {
            var problems = fatal.Count == 1 ? "1 problem" : $"{fatal.Count} problems";
            var message = $"{file.Path}: {problems} and --strict is set, "
                + $"so nothing of it was stored; first: {fatal[0]}";

            return new FileOutcome(
                file.Path, FileStatus.RejectedByStrict, source.Name, layout, null,
                batch.Diagnostics, batch.UnknownColumns, message);
        }

        var clock = Stopwatch.StartNew();
        var counts = Store.StoreBatch(file, sha, source.Name, batch);
        _logger.LogDebug(
            "{File}: read in {Read} ms, stored in {Store} ms",
            file.Name, (long)read.ReadTime.TotalMilliseconds, clock.ElapsedMilliseconds);
        _logger.LogInformation(
            "{File}: {Layout} via {Source}, {Rows} rows added, {Skipped} already stored",
            file.Name, layout, source.Name, counts.Added, counts.Skipped);

        return new FileOutcome(
            file.Path, FileStatus.Imported, source.Name, layout, counts,
            batch.Diagnostics, batch.UnknownColumns, null);
    }

    private void LogSettled(FileOutcome outcome, string sha)
    {
        if (outcome.Status == FileStatus.AlreadyImported)
        {
            _logger.LogInformation(
                "{File} is already in the store (sha256 {Sha})", outcome.Path, sha[..12]);
        }
        else if (outcome.Status == FileStatus.NotRecognised)
        {
            _logger.LogInformation("{Message}", outcome.Message);
        }
    }

    private (IFileSource? Source, string? Layout) Recognise(RawFile file, List<string> warnings)
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
                warnings.Add($"source {source.Name} failed to inspect {file.Name}: {e.Message}");
                continue;
            }

            if (layout is not null)
            {
                return (source, layout);
            }
        }

        return (null, null);
    }

    private static string Sha256(RawFile file) => Convert.ToHexStringLower(SHA256.HashData(file.Content.Span));

    private static FileOutcome Failed(
        string path, string message, string? source = null, string? layout = null) =>
        new(path, FileStatus.Failed, source, layout, null, [], [], message);

    /// <summary>A file after reading: either a batch to store, or an outcome already settled.</summary>
    private sealed record ReadFile(
        RawFile? File,
        string Sha,
        IFileSource? Source,
        string? Layout,
        SourceBatch? Batch,
        FileOutcome? Outcome,
        IReadOnlyList<string> Warnings,
        TimeSpan ReadTime)
    {
        public static ReadFile Done(FileOutcome outcome) => new(null, "", null, null, null, outcome, [], TimeSpan.Zero);

        public static ReadFile Stored(RawFile file, string sha) => new(
            file, sha, null, null, null,
            new FileOutcome(file.Path, FileStatus.AlreadyImported, null, null, null, [], [], null),
            [], TimeSpan.Zero);
    }
}
