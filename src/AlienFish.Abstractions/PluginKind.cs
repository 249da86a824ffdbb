namespace AlienFish.Abstractions;

/// <summary>The three kinds of plugin the pipeline loads.</summary>
public enum PluginKind
{
    /// <summary>Reads downloaded files or fetches them from a portal or API.</summary>
    Source,

    /// <summary>Gives each fish survey the water quality that describes it.</summary>
    Matcher,

    /// <summary>Learns alien fish density from water quality.</summary>
    Model,
}
