namespace AlienFish.Plugins.Autoencoder.Tests;

/// <summary>A fact that needs binutils' <c>readelf</c>; skipped, with the reason, without it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadelfFactAttribute : FactAttribute
{
    public ReadelfFactAttribute()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var found = path.Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, "readelf")));

        if (!found)
        {
            Skip = "readelf (binutils) is not on PATH";
        }
    }
}
