namespace AlienFish.Abstractions;

/// <summary>
/// A source that reads files already downloaded. The host offers each file to every
/// file source and gives it to the first one that recognises it.
/// </summary>
public interface IFileSource : IFishdensPlugin
{
    /// <summary>
    /// The layout name when this source can read the file, else null. Must be cheap and
    /// must not throw on any content.
    /// </summary>
    string? Recognise(RawFile file);

    /// <summary>
    /// Reads the whole file. Data problems go into <see cref="SourceBatch.Diagnostics"/>;
    /// a file that cannot be read at all throws <see cref="SourceFormatException"/>.
    /// </summary>
    SourceBatch Read(RawFile file, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the whole file with the user's <c>--set</c> settings of <c>fishdens import</c>
    /// (for instance the reference system of projected coordinates). A source that takes no
    /// settings need not implement it: the settings are then ignored.
    /// </summary>
    /// <exception cref="PluginSettingException">A setting the source cannot use.</exception>
    SourceBatch Read(RawFile file, PluginSettings settings, CancellationToken cancellationToken) =>
        Read(file, cancellationToken);
}
