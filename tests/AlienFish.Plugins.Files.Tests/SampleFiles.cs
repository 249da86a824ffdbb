using System.Collections.Concurrent;
using AlienFish.Abstractions;
using AlienFish.Testing;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The sample files of the checkout as the host would hand them over, and their batches,
/// read once per test run: the water-quality exports take a moment each.
/// </summary>
internal static class SampleFiles
{
    public const string StationList = "금강장소(엑셀편집)UTF8.csv";

    private static readonly ConcurrentDictionary<string, Lazy<SourceBatch>> Batches = new();

    public static RawFile WaterQuality(string name) => Load(RepoPaths.GeumWaterQuality, name);

    public static RawFile Fish(string name) => Load(RepoPaths.GeumFish, name);

    /// <summary>The same content under another name, to show the name plays no part.</summary>
    public static RawFile Renamed(RawFile file, string name) => file with { Name = name };

    public static SourceBatch ReadWaterQuality(string name) =>
        Cached("wq/" + name, () => WaterQuality(name));

    public static SourceBatch ReadFish(string name) => Cached("fish/" + name, () => Fish(name));

    public static SourceBatch Read(RawFile file) => new FilesSource().Read(file, CancellationToken.None);

    private static SourceBatch Cached(string key, Func<RawFile> load) =>
        Batches.GetOrAdd(key, _ => new Lazy<SourceBatch>(() => Read(load()))).Value;

    private static RawFile Load(string folder, string name)
    {
        var path = Path.Combine(folder, name);

        return new RawFile(name, path, File.ReadAllBytes(path));
    }
}
