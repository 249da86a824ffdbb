using AlienFish.Abstractions;

namespace AlienFish.Core.Plugins;

/// <summary>A plugin that loaded: what <c>fishdens plugins list</c> shows, and the instance.</summary>
public sealed record LoadedPlugin(
    string Name, PluginKind Kind, string Version, string Folder, IFishdensPlugin Instance)
{
    /// <summary><c>source</c> for file sources, <c>source (crawl)</c> for crawlers, else the kind.</summary>
    public string KindLabel => Instance switch
    {
        ICrawlSource => "source (crawl)",
        IFileSource => "source (files)",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
