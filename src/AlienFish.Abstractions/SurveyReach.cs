namespace AlienFish.Abstractions;

/// <summary>A fish survey reach (조사구간) with where it lies in the basin hierarchy.</summary>
public sealed record SurveyReach(string Network, string Code, string Name, GeoPoint? Location)
{
    /// <summary>대권역, e.g. 금강.</summary>
    public string? Basin { get; init; }

    /// <summary>수계.</summary>
    public string? WaterSystem { get; init; }

    /// <summary>중권역.</summary>
    public string? MidBasin { get; init; }

    public string? River { get; init; }

    /// <summary>The file row the reach was read from, where a source knows it.</summary>
    public SourceLocation? Origin { get; init; }
}
