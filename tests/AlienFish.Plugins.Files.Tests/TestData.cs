using System.Text;
using AlienFish.Abstractions;
using AlienFish.Testing;

namespace AlienFish.Plugins.Files.Tests;

/// <summary>
/// The real files copied into <c>Data/</c> from the shared data folder (each folder's
/// PROVENANCE tells where they come from), and small files built in a test.
/// </summary>
internal static class TestData
{
    public const string WideExport = "도시의_수질현황_20250906112341.csv";
    public const string TotalLoad = "수질20182020.txt";
    public const string Mulmoa = "수질측정망_20251222.csv";
    public const string AutoPoints = "auto_points.csv";
    public const string AlgaePoints = "algae_points.csv";
    public const string FishList = "taxom-fish.csv";
    public const string AlienSightings = "nie-alien-fish-gyeongbuk-2015-2022.json";

    public static string Folder =>
        Path.Combine(RepoPaths.Root, "tests", "AlienFish.Plugins.Files.Tests", "Data");

    public static IReadOnlyList<string> RealFiles { get; } =
        [WideExport, TotalLoad, Mulmoa, AutoPoints, AlgaePoints, FishList, AlienSightings];

    public static RawFile Load(string name)
    {
        var path = Path.Combine(Folder, name);

        return new RawFile(name, path, File.ReadAllBytes(path));
    }

    public static SourceBatch Read(string name) => SampleFiles.Read(Load(name));

    /// <summary>A UTF-8 text file of these lines, LF-terminated.</summary>
    public static RawFile Text(string name, params string[] lines) =>
        new(name, name, Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
}
