namespace AlienFish.Core.Export;

/// <summary>The layer names that <c>fishdens export --layers</c> understands.</summary>
public static class ExportLayers
{
    /// <summary>Fish survey reaches as points.</summary>
    public const string Reaches = "reaches";

    /// <summary>Water-quality stations as points.</summary>
    public const string Stations = "stations";

    /// <summary>Each match of the latest match run as a line from the reach to its station.</summary>
    public const string Matches = "matches";

    /// <summary>The latest model's predicted densities as points at their reaches.</summary>
    public const string Predictions = "predictions";

    /// <summary>Sightings of species (occurrence records) as points, with their species.</summary>
    public const string Occurrences = "occurrences";

    public static IReadOnlyList<string> All { get; } = [Reaches, Stations, Matches, Predictions, Occurrences];

    /// <summary>
    /// Reads a comma-separated list such as <c>reaches,matches</c>; names are kept in the
    /// order given, once each. An unknown or empty list is a user error naming the choices.
    /// </summary>
    public static IReadOnlyList<string> Parse(string list)
    {
        var names = list
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant())
            .Distinct()
            .ToList();

        var unknown = names.Where(n => !All.Contains(n)).ToList();

        if (unknown.Count > 0)
        {
            throw new PipelineException(
                $"--layers names {string.Join(", ", unknown.Select(n => $"'{n}'"))}, which fishdens "
                + $"does not export; choose from {string.Join(",", All)}");
        }

        if (names.Count == 0)
        {
            throw new PipelineException($"--layers is empty; give one or more of {string.Join(",", All)}");
        }

        return names;
    }
}
