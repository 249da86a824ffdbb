namespace AlienFish.Testing;

/// <summary>Finds the checkout's folders from wherever a test assembly runs.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Samples => Path.Combine(Root, "samples");

    public static string GeumWaterQuality => Path.Combine(Samples, "geum", "water-quality");

    public static string GeumFish => Path.Combine(Samples, "geum", "fish");

    public static string Sample(params string[] parts) =>
        Path.Combine([Samples, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);

        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AlienFish.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName
            ?? throw new InvalidOperationException("AlienFish.sln not found above " + AppContext.BaseDirectory);
    }
}
