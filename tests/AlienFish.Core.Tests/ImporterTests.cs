using AlienFish.Core.Importing;
using AlienFish.Core.Plugins;
using AlienFish.Core.Progress;
using AlienFish.Core.Storage;
using AlienFish.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlienFish.Core.Tests;

public sealed class ImporterTests
{
    private const string TwoStations = "#fixture-stations\n3008A40\t미호천\t36.5\t127.3\n3012A20\t공주1\t36.46\t127.12\n";

    private static PluginCatalog Catalog =>
        PluginHost.Load([Path.Combine(AppContext.BaseDirectory, "fixture-plugins")]);

    [Fact]
    public void Should_add_nothing_when_the_same_file_is_imported_twice()
    {
        // Given a store and a stations file
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var file = temp.File("stations.txt");
        File.WriteAllText(file, TwoStations);
        var importer = new Importer(store, Catalog, NullLogger.Instance);

        // When it is imported twice
        var first = importer.ImportPaths([file], strict: false, CancellationToken.None);
        var second = importer.ImportPaths([file], strict: false, CancellationToken.None);

        // Then the second import changes nothing
        Assert.Equal(FileStatus.Imported, Assert.Single(first.Files).Status);
        Assert.Equal(2, first.Files[0].Counts!.Stations);
        Assert.Equal(FileStatus.AlreadyImported, Assert.Single(second.Files).Status);
        Assert.Equal(2, store.Count("stations"));
        Assert.Equal(1, store.Count("raw_files"));
    }

    [Fact]
    public void Should_go_on_with_the_next_files_when_a_source_fails_on_one_with_a_bug()
    {
        // Given three files, the second of which makes the source throw
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var first = temp.File("a.txt");
        var crashing = temp.File("b.txt");
        var last = temp.File("c.txt");
        File.WriteAllText(first, TwoStations);
        File.WriteAllText(crashing, "#fixture-stations\n#crash\n");
        File.WriteAllText(last, "#fixture-stations\n3009A10\t갑천1\t36.35\t127.38\n");

        // When they are imported in one call
        var report = new Importer(store, Catalog, NullLogger.Instance)
            .ImportPaths([first, crashing, last], strict: false, CancellationToken.None);

        // Then the failing file is reported as a bug with its exception and the others are stored
        var failed = report.Files[1];

        Assert.Equal([FileStatus.Imported, FileStatus.SourceBug, FileStatus.Imported], report.Files.Select(f => f.Status));
        Assert.IsType<InvalidOperationException>(failed.Error);
        Assert.Equal(
            $"{crashing}: the fixture-stations source failed on this file with InvalidOperationException: the "
            + "fixture was asked to crash; this is a bug, please report it with the output of --verbosity diagnostic",
            failed.Message);
        Assert.Equal(3, store.Count("stations"));
        Assert.Equal(2, store.Count("raw_files"));
        Assert.EndsWith("1 failed; 0 warnings, 0 errors", report.Summary(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_follow_linked_files_but_not_a_linked_folder_back_up_the_tree()
    {
        // Given a folder with a station file, a link to a file outside it and a link to itself
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(temp.File("data")).FullName;
        var outside = temp.File("outside.txt");
        File.WriteAllText(Path.Combine(folder, "a.txt"), TwoStations);
        File.WriteAllText(outside, "#fixture-stations\n3009A10\t갑천1\t36.35\t127.38\n");
        File.CreateSymbolicLink(Path.Combine(folder, "b.txt"), outside);
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop"), folder);

        // When the folder is expanded
        var files = Importer.Expand([folder]);

        // Then both files are found once, and the loop is not entered
        Assert.Equal(
            [(Path.Combine(folder, "a.txt"), false), (Path.Combine(folder, "b.txt"), false)],
            files);
    }

    [Fact]
    public void Should_keep_the_files_settled_before_an_interruption_and_say_it_was_interrupted()
    {
        // Given two station files, and a run that is interrupted once the first is stored
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var first = temp.File("a.txt");
        var second = temp.File("b.txt");
        File.WriteAllText(first, TwoStations);
        File.WriteAllText(second, "#fixture-stations\n3009A10\t갑천1\t36.35\t127.38\n");
        using var stop = new CancellationTokenSource();
        var progress = new Inline(p => { if (p.Done == 1) { stop.Cancel(); } });

        // When both are imported
        var report = new Importer(store, Catalog, NullLogger.Instance)
            .ImportPaths([first, second], strict: false, stop.Token, progress);

        // Then the first file is stored and reported, and the report says the run stopped
        Assert.True(report.Interrupted);
        Assert.Equal(2, report.Planned);
        Assert.Equal([FileStatus.Imported], report.Files.Select(f => f.Status));
        Assert.Equal(2, store.Count("stations"));

        // And importing again stores the rest
        var again = new Importer(store, Catalog, NullLogger.Instance)
            .ImportPaths([first, second], strict: false, CancellationToken.None);

        Assert.Equal([FileStatus.AlreadyImported, FileStatus.Imported], again.Files.Select(f => f.Status));
        Assert.Equal(3, store.Count("stations"));
    }

    /// <summary>Reports progress on the calling thread, unlike <see cref="Progress{T}"/>.</summary>
    private sealed class Inline(Action<WorkProgress> report) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value) => report(value);
    }

    [Fact]
    public void Should_open_the_store_once_and_still_pass_over_a_stored_first_file()
    {
        // Given a store that already holds one stations file, and a second file
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var stored = temp.File("a.txt");
        var fresh = temp.File("b.txt");
        File.WriteAllText(stored, TwoStations);
        File.WriteAllText(fresh, "#fixture-stations\n3009A10\t갑천1\t36.35\t127.38\n");
        new Importer(store, Catalog, NullLogger.Instance).ImportPaths([stored], false, CancellationToken.None);

        // When a new importer, handed a way to open the store, imports both files
        var opened = 0;
        var importer = new Importer(() => { opened++; return store; }, Catalog, NullLogger.Instance);
        var report = importer.ImportPaths([stored, fresh], false, CancellationToken.None);

        // Then the first file, read before the store was open, is still found already stored
        Assert.Equal([FileStatus.AlreadyImported, FileStatus.Imported], report.Files.Select(f => f.Status));
        Assert.Equal(1, opened);
        Assert.Equal(3, store.Count("stations"));
        Assert.Equal(2, store.Count("raw_files"));

        // And a run with no files still opens the store, so a bad store is reported
        var none = 0;
        new Importer(() => { none++; return store; }, Catalog, NullLogger.Instance)
            .ImportPaths([], false, CancellationToken.None);
        Assert.Equal(1, none);
    }

    [Fact]
    public void Should_store_nothing_of_a_file_the_source_cannot_read()
    {
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var file = temp.File("broken.txt");
        File.WriteAllText(file, TwoStations + "3009A10\t갑천1\tnot-a-latitude\t127.4\n");

        var report = new Importer(store, Catalog, NullLogger.Instance)
            .ImportPaths([file], false, CancellationToken.None);

        var outcome = Assert.Single(report.Files);
        Assert.Equal(FileStatus.Failed, outcome.Status);
        Assert.Equal("broken.txt, row 4: expected code, name, latitude, longitude", outcome.Message);
        Assert.Equal(0, store.Count("stations"));
        Assert.Equal(0, store.Count("raw_files"));
    }

    [Fact]
    public void Should_pass_over_unknown_files_in_a_folder_but_fail_a_named_one()
    {
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        Directory.CreateDirectory(temp.File("in"));
        File.WriteAllText(temp.File("in/stations.txt"), TwoStations);
        File.WriteAllText(temp.File("in/README.md"), "# notes");
        var importer = new Importer(store, Catalog, NullLogger.Instance);

        var folder = importer.ImportPaths([temp.File("in")], false, CancellationToken.None);
        var named = importer.ImportPaths([temp.File("in/README.md")], false, CancellationToken.None);

        Assert.Equal(1, folder.Count(FileStatus.Imported));
        Assert.Equal(1, folder.Count(FileStatus.NotRecognised));
        Assert.False(folder.HasFailures);
        Assert.Equal(FileStatus.Failed, Assert.Single(named.Files).Status);
        Assert.Equal(
            $"{temp.File("in/README.md")}: no source plugin recognises this file's content (tried: fixture-stations); "
            + "it may be cut short or damaged, or of a layout none of them reads",
            named.Files[0].Message);
    }

    [Fact]
    public void Should_refuse_a_file_larger_than_the_store_archives_without_reading_it()
    {
        // Given a file of a little over 1,000 MB (sparse, so it costs no disk) between two good ones
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        File.WriteAllText(temp.File("a.txt"), TwoStations);
        File.WriteAllText(temp.File("c.txt"), "#fixture-stations\n3009A10\t갑천1\t36.35\t127.38\n");

        using (var huge = File.Create(temp.File("b.csv")))
        {
            huge.SetLength(1_000_000_001);
        }

        // When the three are imported
        var report = new Importer(store, Catalog, NullLogger.Instance)
            .ImportPaths([temp.File("a.txt"), temp.File("b.csv"), temp.File("c.txt")], false, CancellationToken.None);

        // Then the large one is refused by its size and the others are stored
        Assert.Equal([FileStatus.Imported, FileStatus.Failed, FileStatus.Imported], report.Files.Select(f => f.Status));
        Assert.Equal(
            $"{temp.File("b.csv")} holds 1,000 MB, more than the store can archive of one file (1,000 MB); split "
            + "it into smaller downloads",
            report.Files[1].Message);
        Assert.Equal(3, store.Count("stations"));
    }

    [Fact]
    public void Should_say_that_a_named_file_is_empty()
    {
        // Given an empty file, as a failed download leaves behind
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        File.WriteAllBytes(temp.File("download.csv"), []);

        // When it is imported by name
        var report = new Importer(store, Catalog, NullLogger.Instance)
            .ImportPaths([temp.File("download.csv")], false, CancellationToken.None);

        // Then the message says it is empty
        Assert.Equal($"{temp.File("download.csv")} is empty, or is no plain file; download it again", report.Files[0].Message);
    }

    [Fact]
    public void Should_report_a_path_that_does_not_exist()
    {
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var missing = temp.File("nowhere.csv");

        var report = new Importer(store, Catalog, NullLogger.Instance)
            .ImportPaths([missing], false, CancellationToken.None);

        Assert.Equal($"{missing} does not exist; check the path", Assert.Single(report.Files).Message);
    }

    [Fact]
    public void Should_store_one_copy_of_the_same_bytes_met_twice_in_one_run()
    {
        // Given a folder where the same station list sits under two names
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        Directory.CreateDirectory(temp.File("in"));
        File.WriteAllText(temp.File("in/a.txt"), TwoStations);
        File.WriteAllText(temp.File("in/b.txt"), TwoStations);

        // When the folder is imported (the second file is read while the first is stored)
        var report = new Importer(store, Catalog, NullLogger.Instance)
            .ImportPaths([temp.File("in")], false, CancellationToken.None);

        // Then the first is imported, the second recognised as already stored
        Assert.Equal([FileStatus.Imported, FileStatus.AlreadyImported], report.Files.Select(f => f.Status));
        Assert.Equal(1, store.Count("raw_files"));
        Assert.Equal(2, store.Count("stations"));
    }

    [Fact]
    public void Should_keep_the_order_and_outcome_of_every_file_around_a_broken_one()
    {
        // Given three files in a folder, the middle one unreadable by its source
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        Directory.CreateDirectory(temp.File("in"));
        File.WriteAllText(temp.File("in/1.txt"), "#fixture-stations\n3008A40\t미호천\t36.5\t127.3\n");
        File.WriteAllText(temp.File("in/2.txt"), "#fixture-stations\n3009A10\t갑천1\tnorth\t127.4\n");
        File.WriteAllText(temp.File("in/3.txt"), "#fixture-stations\n3012A20\t공주1\t36.46\t127.12\n");

        var report = new Importer(store, Catalog, NullLogger.Instance)
            .ImportPaths([temp.File("in")], false, CancellationToken.None);

        Assert.Equal(["1.txt", "2.txt", "3.txt"], report.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(
            [FileStatus.Imported, FileStatus.Failed, FileStatus.Imported], report.Files.Select(f => f.Status));
        Assert.Equal(["3008A40", "3012A20"], store.LoadStations().Select(s => s.Code).Order());
        Assert.Equal(2, store.Count("raw_files"));
    }
}
