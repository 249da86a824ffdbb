using AlienFish.Abstractions;

namespace AlienFish.Plugins.Autoencoder;

/// <summary>
/// Reads one <c>--set</c> value with a range rule; a value out of range throws
/// <see cref="PluginSettingException"/> that names the key, the value and the range.
/// </summary>
internal static class SettingRules
{
    public static int AtLeastOne(PluginSettings settings, string key, int fallback)
    {
        var value = settings.GetInt(key, fallback);

        return value >= 1
            ? value
            : throw new PluginSettingException(key, Text(settings, key), "a whole number of 1 or more");
    }

    public static int NotNegative(PluginSettings settings, string key, int fallback)
    {
        var value = settings.GetInt(key, fallback);

        return value >= 0
            ? value
            : throw new PluginSettingException(key, Text(settings, key), "a whole number of 0 or more");
    }

    public static double Positive(PluginSettings settings, string key, double fallback)
    {
        var value = settings.GetDouble(key, fallback);

        return value > 0
            ? value
            : throw new PluginSettingException(key, Text(settings, key), "a number above 0");
    }

    public static double NotNegative(PluginSettings settings, string key, double fallback)
    {
        var value = settings.GetDouble(key, fallback);

        return value >= 0
            ? value
            : throw new PluginSettingException(key, Text(settings, key), "a number of 0 or more");
    }

    /// <summary>A share from 0 up to, but not including, 1.</summary>
    public static double Fraction(PluginSettings settings, string key, double fallback)
    {
        var value = settings.GetDouble(key, fallback);

        return value is >= 0 and < 1
            ? value
            : throw new PluginSettingException(
                key, Text(settings, key), "a number from 0 up to but not including 1");
    }

    private static string Text(PluginSettings settings, string key) =>
        settings.Values.TryGetValue(key, out var text) ? text : string.Empty;
}
