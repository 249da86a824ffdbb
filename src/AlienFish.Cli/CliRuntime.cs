using System.CommandLine;
using AlienFish.Cli.Logging;
using AlienFish.Core.Plugins;
using AlienFish.Core.Storage;
using Microsoft.Extensions.Logging;

namespace AlienFish.Cli;

/// <summary>
/// What a subcommand works with: the writers, the logger, the plugins and the store, each
/// made from the global options when first needed.
/// </summary>
internal sealed class CliRuntime : IDisposable
{
    private readonly ILoggerFactory _loggers;
    private readonly WriterLoggerProvider _logWriter;
    private readonly string _db;
    private readonly IReadOnlyList<string> _pluginFolders;
    private PluginCatalog? _plugins;
    private FishdensStore? _store;

    public CliRuntime(ParseResult parse, TextWriter output, TextWriter error)
    {
        Out = output;
        Error = error;
        Verbosity = parse.GetValue(GlobalOptions.Verbosity);
        _db = parse.GetValue(GlobalOptions.Db) ?? "fishdens.db";
        _pluginFolders = parse.GetValue(GlobalOptions.Plugins) ?? [];

        var minimum = Verbosity switch
        {
            Verbosity.Quiet => LogLevel.Warning,
            Verbosity.Normal => LogLevel.Information,
            Verbosity.Detailed => LogLevel.Debug,
            _ => LogLevel.Trace,
        };

        _logWriter = new WriterLoggerProvider(error, minimum);
        // Made directly rather than through LoggerFactory.Create, whose dependency-injection
        // container costs a short command tens of milliseconds to start.
        _loggers = new LoggerFactory([_logWriter], new LoggerFilterOptions { MinLevel = minimum });
        Logger = _loggers.CreateLogger("fishdens");
    }

    public TextWriter Out { get; }

    /// <summary>While a progress bar is on screen, information lines are held back.</summary>
    public bool HoldInformation
    {
        get => _logWriter.HoldInformation;
        set => _logWriter.HoldInformation = value;
    }

    public TextWriter Error { get; }

    public Verbosity Verbosity { get; }

    public ILogger Logger { get; }

    public PluginCatalog Plugins => _plugins ??= LoadPlugins();

    public FishdensStore Store => _store ??= FishdensStore.Open(_db);

    /// <summary>The full path of the store that <c>--db</c> names, for messages.</summary>
    public string StorePath => Path.GetFullPath(_db);

    public IReadOnlyList<string> PluginRoots()
    {
        var fromEnvironment = (Environment.GetEnvironmentVariable("FISHDENS_PLUGINS") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        return [PluginHost.BuiltInFolder, .. _pluginFolders, .. fromEnvironment];
    }

    public void Dispose()
    {
        _store?.Dispose();
        _loggers.Dispose();
    }

    private PluginCatalog LoadPlugins()
    {
        foreach (var root in _pluginFolders.Where(f => !Directory.Exists(f)))
        {
            Logger.LogWarning("plugin folder {Folder} given with --plugins does not exist", root);
        }

        return PluginHost.Load(PluginRoots(), failure => Logger.LogWarning("{Failure}", failure.ToString()));
    }
}
