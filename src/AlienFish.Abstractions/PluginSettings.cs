using System.Globalization;

namespace AlienFish.Abstractions;

/// <summary>
/// The <c>--set key=value</c> pairs given to a plugin. Values are parsed with the
/// invariant culture; a malformed value throws <see cref="PluginSettingException"/>
/// naming the key.
/// </summary>
public sealed class PluginSettings
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public PluginSettings(IReadOnlyDictionary<string, string>? values = null)
    {
        _values = values ?? new Dictionary<string, string>();
    }

    public static PluginSettings Empty { get; } = new();

    public IReadOnlyDictionary<string, string> Values => _values;

    public string GetString(string key, string fallback) =>
        _values.TryGetValue(key, out var text) ? text : fallback;

    public double GetDouble(string key, double fallback)
    {
        if (!_values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }

        throw new PluginSettingException(key, text, "a number");
    }

    public int GetInt(string key, int fallback)
    {
        if (!_values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw new PluginSettingException(key, text, "a whole number");
    }
}

/// <summary>A <c>--set</c> value that does not parse.</summary>
public sealed class PluginSettingException : Exception
{
    public PluginSettingException(string key, string value, string expected)
        : base($"setting '{key}' has the value '{value}', which is not {expected}; "
            + $"give it as --set {key}=VALUE")
    {
        Key = key;
    }

    public string Key { get; }
}
