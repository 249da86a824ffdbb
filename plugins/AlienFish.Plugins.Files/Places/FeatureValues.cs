using AlienFish.Abstractions;
using AlienFish.Plugins.Files.Layouts;
using AlienFish.Plugins.Files.Parsing;

namespace AlienFish.Plugins.Files.Places;

/// <summary>The properties of one feature looked up by what they hold.</summary>
internal sealed class FeatureValues
{
    private readonly Dictionary<HeaderRole, string> _roles;
    private readonly Dictionary<string, string> _values;

    public FeatureValues(PlaceFeature feature, Dictionary<HeaderRole, string> roles)
    {
        _roles = roles;
        _values = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (name, value) in feature.Properties)
        {
            _values.TryAdd(name, value.Trim());
        }
    }

    /// <summary>
    /// Whether the feature is a reach, the property its code is in, and the code: a reach
    /// code, or any code under the <c>bio-fish</c> network; else a station code.
    /// </summary>
    public (bool IsReach, string? Property, string Code) Key()
    {
        var network = Value(HeaderRole.Network);
        var reachCode = Value(HeaderRole.ReachCode);
        var stationCode = Value(HeaderRole.StationCode);

        if (reachCode.Length > 0 && (network.Length == 0 || network == Networks.BioFish))
        {
            return (true, _roles[HeaderRole.ReachCode], reachCode);
        }

        var property = _roles.GetValueOrDefault(HeaderRole.StationCode);

        return (network == Networks.BioFish, property, stationCode);
    }

    /// <summary>The network property, else <c>bio-fish</c> for a reach and the code's own for a station.</summary>
    public string Network(bool isReach, string? codeProperty, string code)
    {
        var written = Value(HeaderRole.Network);

        if (written.Length > 0)
        {
            return written;
        }

        return isReach ? Networks.BioFish : StationNetworks.Of(codeProperty ?? "", code);
    }

    public string Name(bool isReach)
    {
        var reachName = isReach ? Value(HeaderRole.ReachName) : "";

        return reachName.Length > 0 ? reachName : Value(HeaderRole.StationName);
    }

    public SurveyReach Reach(string network, string code, GeoPoint? location) =>
        new(network, code, Name(isReach: true), location)
        {
            Basin = Optional(HeaderRole.Basin),
            WaterSystem = Optional(HeaderRole.WaterSystem),
            MidBasin = Optional(HeaderRole.MidBasin),
            River = Optional(HeaderRole.River),
        };

    private string Value(HeaderRole role) =>
        _roles.TryGetValue(role, out var name) ? _values.GetValueOrDefault(name, "") : "";

    private string? Optional(HeaderRole role)
    {
        var value = Value(role);

        return value.Length == 0 ? null : value;
    }
}
