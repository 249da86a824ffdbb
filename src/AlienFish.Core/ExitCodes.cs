namespace AlienFish.Core;

/// <summary>
/// The exit codes of <c>fishdens</c>. All are non-negative, so a shell sees them as they are.
/// </summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>The command line was not understood; the help says how to call it.</summary>
    public const int Usage = 1;

    /// <summary>Bad input: a file, a setting or a value that cannot be used. The message names it.</summary>
    public const int BadInput = 2;

    /// <summary>A plugin that was asked for is not installed or failed to load.</summary>
    public const int Plugin = 3;

    /// <summary>The store holds nothing to work on yet, e.g. training before matching.</summary>
    public const int NothingToDo = 4;

    /// <summary>
    /// <c>--strict</c> was given and the data had problems; nothing of those files was stored.
    /// </summary>
    public const int Strict = 5;

    /// <summary>
    /// A portal or API kept failing after retries; the batches finished before it are kept,
    /// and running the same crawl again resumes.
    /// </summary>
    public const int SourceFailed = 6;

    /// <summary>The run was interrupted (Ctrl+C); finished work is kept and a rerun resumes.</summary>
    public const int Interrupted = 130;

    /// <summary>A bug in fishdens or a plugin; the message asks for a report.</summary>
    public const int Internal = 70;
}
