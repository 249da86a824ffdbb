using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace AlienFish.Cli.Tests;

/// <summary>Runs fishdens in-process with captured writers, or as the built tool in a child process.</summary>
internal static class ToolRunner
{
    public static string ToolFolder { get; } = typeof(ToolRunner).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "FishdensToolFolder").Value!;

    public static string BuiltInPlugins => Path.Combine(ToolFolder, "plugins");

    public static async Task<(int Code, string Out, string Error)> InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await FishdensApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static (int Code, string Out, string Error) Process(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };

        start.ArgumentList.Add(Path.Combine(ToolFolder, "fishdens.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"fishdens {string.Join(' ', args)} did not finish in 5 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
