using AlienFish.Abstractions;
using AlienFish.Plugins.Portal.Planning;
using AlienFish.Plugins.Portal.Profiles;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace AlienFish.Plugins.Portal.Browsing;

/// <summary>
/// Plays a profile's steps on one page. Each step waits for the state it needs (an option
/// to exist, a button to be enabled, a table row to be drawn, a popup to close) and fails
/// early when the portal shows its error message or answers with an HTTP error.
/// </summary>
internal sealed class FlowRunner
{
    private readonly PortalProfile _profile;
    private readonly string _datasetName;
    private readonly DatasetProfile _dataset;
    private readonly RequestThrottle _throttle;
    private readonly PortalOptions _options;
    private readonly ILogger _logger;

    public FlowRunner(
        PortalProfile profile,
        string datasetName,
        RequestThrottle throttle,
        PortalOptions options,
        ILogger logger)
    {
        _profile = profile;
        _datasetName = datasetName;
        _dataset = profile.Datasets[datasetName];
        _throttle = throttle;
        _options = options;
        _logger = logger;
    }

    /// <summary>
    /// The states a kept tab may be in for a fetch with <paramref name="values"/> to go on
    /// from it, best first: the results of the same basin and period, then the basin's site
    /// list as the plan left it. Empty when the profile has no steps for either.
    /// </summary>
    public IReadOnlyList<string> ResumableFrom(IReadOnlyDictionary<string, string> values)
    {
        var states = new List<string>();

        if (_dataset.FetchNext is not null)
        {
            states.Add(ResultsState(values));
        }

        if (_dataset.FetchFromPlan is not null)
        {
            states.Add(SiteListState(values));
        }

        return states;
    }

    /// <summary>Plays the plan steps and reads the sites the popup lists.</summary>
    public async Task<IReadOnlyList<PortalSite>> ListSitesAsync(
        PortalTab tab, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var flow = new Flow(tab, values, [], null, new FlowGuard());
        await RunAsync(flow, _dataset.Plan, cancellationToken);

        var boxes = flow.Current.Locator(_dataset.Sites.Checkbox);
        var sites = new List<PortalSite>();

        foreach (var box in await boxes.AllAsync())
        {
            var code = await box.GetAttributeAsync(_dataset.Sites.Code);
            var name = await box.GetAttributeAsync(_dataset.Sites.Name);

            if (!string.IsNullOrWhiteSpace(code))
            {
                sites.Add(new PortalSite(code.Trim(), name?.Trim() ?? ""));
            }
        }

        tab.State = _dataset.FetchFromPlan is null ? null : SiteListState(values);

        return sites;
    }

    /// <summary>
    /// Plays the fetch steps for <paramref name="sites"/> and returns the downloads: from
    /// where a kept tab was left when it is one of <see cref="ResumableFrom"/>, otherwise the
    /// whole flow from the portal's page.
    /// </summary>
    public async Task<IReadOnlyList<RawFile>> FetchAsync(
        PortalTab tab, IReadOnlyDictionary<string, string> values, IReadOnlyList<string> sites, string folder,
        CancellationToken cancellationToken)
    {
        var steps = tab.State switch
        {
            { } state when state == ResultsState(values) && _dataset.FetchNext is { } next => next,
            { } state when state == SiteListState(values) && _dataset.FetchFromPlan is { } fromPlan => fromPlan,
            _ => _dataset.Fetch,
        };

        _logger.LogDebug("portal flow for {Count} sites from {State}", sites.Count, tab.State ?? "a new page");

        var flow = new Flow(tab, values, sites, folder, new FlowGuard());
        await RunAsync(flow, steps, cancellationToken);
        tab.State = _dataset.FetchNext is null ? null : ResultsState(values);

        return flow.Files;
    }

    private string SiteListState(IReadOnlyDictionary<string, string> values) =>
        $"site-list {_datasetName} {values["basin"]}/{values["midBasin"]}";

    private string ResultsState(IReadOnlyDictionary<string, string> values) =>
        $"results {_datasetName} {values["basin"]}/{values["midBasin"]} "
        + $"{values["fromYear"]}.{values["fromRound"]}.{values["fromMonth"]}"
        + $"-{values["toYear"]}.{values["toRound"]}.{values["toMonth"]}";

    private async Task RunAsync(Flow flow, IReadOnlyList<PortalStep> steps, CancellationToken cancellationToken)
    {
        foreach (var page in flow.Pages)
        {
            flow.Watcher.Claim(page, flow.Guard);
        }

        foreach (var step in steps)
        {
            cancellationToken.ThrowIfCancellationRequested();

            if (step.Kind is not (StepKind.WaitFor or StepKind.CheckSites))
            {
                await _throttle.WaitTurnAsync(cancellationToken);
            }

            _logger.LogDebug("portal step {Do} {Target}", step.Do, step.Selector ?? step.Url);
            await RunStepAsync(flow, step);
        }
    }

    private async Task RunStepAsync(Flow flow, PortalStep step)
    {
        var page = flow.Current;
        var selector = step.Selector is null ? "" : flow.Fill(step.Selector);

        switch (step.Kind)
        {
            case StepKind.Goto:
                await GotoAsync(flow, new Uri(new Uri(Portal()), flow.Fill(step.Url!)).ToString());
                break;
            case StepKind.Select:
                var value = flow.Fill(step.Value!);
                var option = step.By == "label"
                    ? new SelectOptionValue { Label = value }
                    : new SelectOptionValue { Value = value };
                await GuardedAsync(flow, page, page.SelectOptionAsync(selector, option));
                break;
            case StepKind.Click when step.ClosesPopup:
                await ClosePopupAsync(flow, selector);
                break;
            case StepKind.Click:
                await GuardedAsync(flow, page, page.ClickAsync(selector));
                break;
            case StepKind.WaitFor:
                await GuardedAsync(flow, page, page.Locator(selector).First.WaitForAsync());
                break;
            case StepKind.Popup:
                await OpenPopupAsync(flow, selector);
                break;
            case StepKind.CheckSites:
                await CheckSitesAsync(flow);
                break;
            case StepKind.Download:
                await DownloadAsync(flow, selector, step.UnlessPresent is null ? null : flow.Fill(step.UnlessPresent));
                break;
        }
    }

    private string Portal() => (_options.Portal ?? _profile.Portal).TrimEnd('/') + "/";

    private async Task GotoAsync(Flow flow, string url)
    {
        var response = await flow.Guard.RunAsync(
            flow.Current.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded }));

        if (response is { Ok: false })
        {
            throw new TransientPortalException($"HTTP {response.Status} from {url}");
        }
    }

    private async Task OpenPopupAsync(Flow flow, string selector)
    {
        var opener = flow.Current;
        var popup = await GuardedAsync(flow, opener, opener.RunAndWaitForPopupAsync(() => opener.ClickAsync(selector)));

        flow.Watcher.Claim(popup, flow.Guard);
        flow.Pages.Push(popup);
        await GuardedAsync(flow, popup, popup.WaitForLoadStateAsync(LoadState.DOMContentLoaded));
    }

    private async Task ClosePopupAsync(Flow flow, string selector)
    {
        var popup = flow.Current;

        if (flow.Pages.Count < 2)
        {
            throw new TransientPortalException($"'{selector}' should close a popup, but no popup is open");
        }

        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        popup.Close += (_, _) => closed.TrySetResult();
        await GuardedAsync(flow, popup, popup.ClickAsync(selector));

        // The popup closes itself from its own script, shortly after the click's event handler runs.
        var timeout = Task.Delay(_options.TimeoutMs);

        if (!popup.IsClosed && await GuardedAsync(flow, popup, Task.WhenAny(closed.Task, timeout)) == timeout)
        {
            throw new TransientPortalException($"the popup stayed open after clicking '{selector}'");
        }

        flow.Pages.Pop();
    }

    /// <summary>
    /// Ticks the batch's sites in one script call rather than two round trips per site; each
    /// box is clicked as a person would, so the page's own handlers see the change.
    /// </summary>
    private async Task CheckSitesAsync(Flow flow)
    {
        var page = flow.Current;
        var selector = _dataset.Sites.Checkbox;
        var attribute = _dataset.Sites.Code;

        var missing = await GuardedAsync(flow, page, page.EvaluateAsync<string[]>(
            """
            ([selector, attribute, codes]) => {
                const boxes = new Map();
                for (const box of document.querySelectorAll(selector)) {
                    boxes.set(box.getAttribute(attribute), box);
                }
                const missing = [];
                for (const code of codes) {
                    const box = boxes.get(code);
                    if (!box) { missing.push(code); continue; }
                    if (!box.checked) { box.click(); }
                }
                return missing;
            }
            """,
            new object[] { selector, attribute, flow.Sites.ToArray() }));

        if (missing.Length > 0)
        {
            throw new TransientPortalException($"site {missing[0]} is not in the portal's site list");
        }
    }

    private async Task DownloadAsync(Flow flow, string selector, string? unlessPresent)
    {
        var page = flow.Current;

        if (unlessPresent is not null && await page.Locator(unlessPresent).CountAsync() > 0)
        {
            _logger.LogInformation("the portal found nothing to download for {Sites}", string.Join(",", flow.Sites));

            return;
        }

        var waiting = page.WaitForDownloadAsync();
        await GuardedAsync(flow, page, page.ClickAsync(selector));
        var download = await GuardedAsync(flow, page, waiting);

        if (await download.FailureAsync() is { } failure)
        {
            throw new TransientPortalException($"the download from {download.Url} failed: {failure}");
        }

        var name = Path.GetFileName(download.SuggestedFilename);
        var path = Path.Combine(flow.Folder!, $"{flow.Files.Count + 1:00}-{name}");
        await download.SaveAsAsync(path);
        flow.Files.Add(new RawFile(name, download.Url, await File.ReadAllBytesAsync(path)));
    }

    private async Task GuardedAsync(Flow flow, IPage page, Task work) => await GuardedAsync(flow, page, Done(work));

    /// <summary>
    /// Waits for <paramref name="work"/>, unless the portal's error message shows first on
    /// <paramref name="page"/> (also as a whole error page after a form post) or an HTTP error
    /// comes back for the flow.
    /// </summary>
    private async Task<T> GuardedAsync<T>(Flow flow, IPage page, Task<T> work)
    {
        var error = page.Locator(_profile.ErrorSelector).First.WaitForAsync();
        var first = await flow.Guard.RunAsync(Task.WhenAny(work, error));

        if (first == work || error.IsFaulted)
        {
            FlowGuard.Observe(error);

            return await work;
        }

        FlowGuard.Observe(work);
        var text = (await page.Locator(_profile.ErrorSelector).First.InnerTextAsync()).Trim();

        throw text.Contains(_profile.TooLargeText, StringComparison.Ordinal)
            ? new SiteLimitException("the portal refused the batch: " + text)
            : new TransientPortalException("the portal said: " + text);
    }

    private static async Task<bool> Done(Task work)
    {
        await work;

        return true;
    }

    /// <summary>The state of one run through the steps: its tab's open pages, values and files.</summary>
    private sealed class Flow(
        PortalTab tab,
        IReadOnlyDictionary<string, string> values,
        IReadOnlyList<string> sites,
        string? folder,
        FlowGuard guard)
    {
        public Stack<IPage> Pages => tab.Pages;

        public IPage Current => Pages.Peek();

        public ResponseWatcher Watcher => tab.Watcher;

        public IReadOnlyList<string> Sites => sites;

        public string? Folder => folder;

        public FlowGuard Guard => guard;

        public List<RawFile> Files { get; } = [];

        public string Fill(string template) =>
            values.Aggregate(
                template, (text, pair) => text.Replace("{" + pair.Key + "}", pair.Value, StringComparison.Ordinal));
    }
}
