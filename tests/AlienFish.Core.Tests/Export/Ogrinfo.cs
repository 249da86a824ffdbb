using System.Diagnostics;

namespace AlienFish.Core.Tests.Export;

/// <summary>Runs GDAL's <c>ogrinfo</c> and captures what it prints.</summary>
internal static class Ogrinfo
{
    public static string? Path { get; } = Find();

    public static (int ExitCode, string Output, string Errors) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("ogrinfo is not on PATH"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        return (process.ExitCode, output, errors.Result);
    }

    private static string? Find()
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator);
        var names = OperatingSystem.IsWindows() ? new[] { "ogrinfo.exe" } : ["ogrinfo"];

        return folders
            .Where(f => f.Length > 0)
            .SelectMany(f => names.Select(n => System.IO.Path.Combine(f, n)))
            .FirstOrDefault(File.Exists);
    }
}
