using AlienFish.Core.Progress;
using Spectre.Console;

namespace AlienFish.Cli;

/// <summary>
/// A progress bar on stderr for long steps (importing a folder, crawling), shown only when
/// stderr is a terminal and the verbosity is normal; otherwise the step runs with the
/// log lines alone, so piped and logged output stays plain text.
/// </summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(
        CliRuntime runtime, string title, Func<IProgress<WorkProgress>?, Task<T>> work)
    {
        if (!Shows(runtime))
        {
            return await work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Error),
            Interactive = InteractionSupport.Yes,
        });

        // The bar shows what the per-item info lines would; warnings still print.
        runtime.HoldInformation = true;

        try
        {
            return await console.Progress()
                .AutoClear(true)
                .Columns(
                    new TaskDescriptionColumn(),
                    new ProgressBarColumn(),
                    new PercentageColumn(),
                    new RemainingTimeColumn(),
                    new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape(title));
                    return await work(new TaskProgress(task, title));
                });
        }
        finally
        {
            runtime.HoldInformation = false;
        }
    }

    public static T Run<T>(CliRuntime runtime, string title, Func<IProgress<WorkProgress>?, T> work) =>
        RunAsync(runtime, title, p => Task.FromResult(work(p))).GetAwaiter().GetResult();

    private static bool Shows(CliRuntime runtime) =>
        ReferenceEquals(runtime.Error, Console.Error)
        && !Console.IsErrorRedirected
        && runtime.Verbosity == Verbosity.Normal;

    private sealed class TaskProgress(ProgressTask task, string title) : IProgress<WorkProgress>
    {
        public void Report(WorkProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = value.Done;

            var current = value.Current.Length == 0 ? "" : " " + value.Current;
            task.Description = Markup.Escape($"{title} {value.Done}/{value.Total}{current}");
        }
    }
}
