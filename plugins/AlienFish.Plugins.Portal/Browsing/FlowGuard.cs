using Microsoft.Playwright;

namespace AlienFish.Plugins.Portal.Browsing;

/// <summary>
/// Notices HTTP errors behind a flow's pages (the page itself, its popups and their
/// scripts' requests) so a step fails at once instead of waiting for its timeout. A popup
/// may get its answer before the flow learns of the popup, so errors of pages not yet
/// claimed are kept until a flow claims the page.
/// </summary>
internal sealed class FlowGuard
{
    private readonly TaskCompletionSource<Exception> _failure =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes with the first HTTP error seen on a claimed page.</summary>
    public Task<Exception> Failure => _failure.Task;

    public void Fail(IResponse response)
    {
        _failure.TrySetResult(new TransientPortalException($"HTTP {response.Status} from {response.Url}"));
    }

    /// <summary>Runs <paramref name="work"/> and throws the flow's HTTP error if that comes first.</summary>
    public async Task<T> RunAsync<T>(Task<T> work)
    {
        var first = await Task.WhenAny(work, Failure);

        if (first != work)
        {
            Observe(work);

            throw await Failure;
        }

        return await work;
    }

    public async Task RunAsync(Task work) => await RunAsync(Done(work));

    /// <summary>Keeps an abandoned wait from raising an unobserved exception later.</summary>
    public static void Observe(Task task) =>
        task.ContinueWith(
            t => _ = t.Exception,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);

    private static async Task<bool> Done(Task work)
    {
        await work;

        return true;
    }
}
