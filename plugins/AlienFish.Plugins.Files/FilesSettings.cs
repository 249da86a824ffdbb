using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Geography;

namespace AlienFish.Plugins.Files;

/// <summary>
/// The <c>--set</c> settings this source reads. <c>crs</c> names the reference system of
/// projected X/Y columns and of GeoJSON and GeoPackage layers that do not say their own,
/// e.g. <c>--set crs=EPSG:5186</c>.
/// </summary>
internal sealed record FilesSettings(ReferenceSystem? Crs)
{
    public const string CrsKey = "crs";

    public static FilesSettings None { get; } = new((ReferenceSystem?)null);

    /// <exception cref="PluginSettingException">A <c>crs</c> this source does not know.</exception>
    public static FilesSettings From(PluginSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var text = settings.GetString(CrsKey, "");

        if (text.Trim().Length == 0)
        {
            return None;
        }

        var crs = ReferenceSystems.Parse(text)
            ?? throw new PluginSettingException(CrsKey, text, $"one of {ReferenceSystems.Choices}");

        return new FilesSettings(crs);
    }
}
