using System.CommandLine;

namespace AlienFish.Cli;

/// <summary>The options every subcommand takes.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string> Db = new("--db")
    {
        Description = "The store: one SQLite file that also opens in QGIS or any SQLite browser",
        DefaultValueFactory = _ => "fishdens.db",
        Recursive = true,
        HelpName = "FILE",
    };

    public static readonly Option<Verbosity> Verbosity = new("--verbosity", "-v")
    {
        Description = "How much to log on stderr: quiet, normal, detailed or diagnostic (adds stack traces)",
        DefaultValueFactory = _ => Cli.Verbosity.Normal,
        Recursive = true,
    };

    public static readonly Option<string[]> Plugins = new("--plugins")
    {
        Description = "Extra plugin folder (a plugin's publish folder, or a folder of them); repeatable. "
            + "FISHDENS_PLUGINS adds more, separated by ':'",
        Recursive = true,
        HelpName = "FOLDER",
        AllowMultipleArgumentsPerToken = false,
    };
}
