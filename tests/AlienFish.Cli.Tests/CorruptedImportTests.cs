using AlienFish.Abstractions;
using AlienFish.Core.Importing;
using AlienFish.Core.Plugins;
using AlienFish.Core.Storage;
using AlienFish.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace AlienFish.Cli.Tests;

/// <summary>Damaged copies of the real sample files, imported with the built-in plugins.</summary>
public sealed class CorruptedImportTests
{
    private static readonly string[] Tables =
        [
            "stations", "reaches", "surveys", "species", "counts", "water_samples", "site_chemistry",
            "occurrences", "raw_files", "import_diagnostics",
        ];

    public static TheoryData<string> Files => new()
    {
        Path.Combine("geum", "fish", "어류_현지조사_2016.xls"),
        Path.Combine("geum", "fish", "어류_현지조사_2023.xls"),
        Path.Combine("geum", "fish", "어류_출현생물_2016.csv"),
        Path.Combine("geum", "water-quality", "금강장소(엑셀편집)UTF8.csv"),
        Path.Combine("geum", "water-quality", "geum2016.csv"),
        Path.Combine("data", "도시의_수질현황_20250906112341.csv"),
        Path.Combine("data", "수질20182020.txt"),
        Path.Combine("data", "taxom-fish.csv"),
        Path.Combine("data", "nie-alien-fish-gyeongbuk-2015-2022.json"),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Should_fail_cleanly_and_leave_the_store_as_it_was_for_any_damage(string sample)
    {
        // Given a store holding one good file, and a plugin catalog as the tool loads it
        using var temp = new TempFolder();
        using var store = FishdensStore.Open(temp.File("s.db"));
        var catalog = PluginHost.Load([ToolRunner.BuiltInPlugins]);
        var importer = new Importer(store, catalog, NullLogger.Instance);
        var original = File.ReadAllBytes(Locate(sample));
        var good = Path.Combine(RepoPaths.GeumWaterQuality, "금강장소(엑셀편집)UTF8.csv");
        importer.Import(Raw("good.csv", File.ReadAllBytes(good)), strict: false, CancellationToken.None);

        var random = new Random(20161204 + sample.Length);

        for (var round = 0; round < 12; round++)
        {
            // When a damaged copy is imported
            var damaged = Damage(original, random, round);
            var before = Counts(store);
            var outcome = importer.Import(Raw($"damaged-{round}.bin", damaged), strict: false, CancellationToken.None);

            // Then it is imported, or refused with a message, and a refused file leaves no trace
            Assert.Contains(outcome.Status, new[] { FileStatus.Imported, FileStatus.Failed, FileStatus.NotRecognised });

            if (outcome.Status != FileStatus.Imported)
            {
                Assert.Equal(before, Counts(store));
            }

            if (outcome.Status == FileStatus.Failed)
            {
                Assert.Contains($"damaged-{round}.bin", outcome.Message, StringComparison.Ordinal);
            }
        }
    }

    private static byte[] Damage(byte[] original, Random random, int round)
    {
        var copy = (byte[])original.Clone();

        switch (round % 3)
        {
            case 0:
                return copy[..random.Next(1, copy.Length)];
            case 1:
                for (var i = 0; i < 1 + random.Next(20); i++)
                {
                    copy[random.Next(copy.Length)] = (byte)random.Next(256);
                }

                return copy;
            default:
                var start = random.Next(copy.Length);
                var length = Math.Min(copy.Length - start, 1 + random.Next(4096));
                Array.Clear(copy, start, length);
                return copy;
        }
    }

    /// <summary>
    /// A sample under <c>samples/</c>, or a real file the files source's tests keep under <c>data/</c>.
    /// </summary>
    private static string Locate(string sample)
    {
        var parts = sample.Split(Path.DirectorySeparatorChar);

        return parts[0] == "data"
            ? Path.Combine(RepoPaths.Root, "tests", "AlienFish.Plugins.Files.Tests", "Data", parts[1])
            : RepoPaths.Sample(parts);
    }

    private static RawFile Raw(string name, byte[] bytes) => new(name, "/damaged/" + name, bytes);

    private static List<long> Counts(FishdensStore store) => Tables.Select(store.Count).ToList();
}
