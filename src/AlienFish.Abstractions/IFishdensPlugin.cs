namespace AlienFish.Abstractions;

/// <summary>What every plugin tells the host about itself.</summary>
public interface IFishdensPlugin
{
    /// <summary>Short lower-case name used on the command line, e.g. <c>nearest</c>.</summary>
    string Name { get; }

    /// <summary>One sentence for <c>fishdens plugins list</c>.</summary>
    string Description { get; }

    PluginKind Kind { get; }
}
