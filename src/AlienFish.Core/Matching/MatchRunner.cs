using System.Diagnostics;
using AlienFish.Abstractions;
using AlienFish.Core.Storage;
using Microsoft.Extensions.Logging;

namespace AlienFish.Core.Matching;

/// <summary>Feeds the stored surveys, stations and samples to a matcher and stores its result.</summary>
public sealed class MatchRunner
{
    private readonly FishdensStore _store;
    private readonly ILogger _logger;

    public MatchRunner(FishdensStore store, ILogger logger)
    {
        _store = store;
        _logger = logger;
    }

    public MatchSummary Run(IMatcher matcher, PluginSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var input = new MatchInput(
            _store.LoadSurveys(), _store.LoadStations(), _store.LoadSamples(), _store.LoadSiteChemistry());

        if (input.Surveys.Count == 0)
        {
            throw new PipelineException(
                $"the store {_store.Path} holds no fish surveys; import a 현지조사 (field survey) file first",
                ExitCodes.NothingToDo);
        }

        _logger.LogInformation(
            "matching {Surveys} surveys to {Stations} stations ({Samples} samples) with {Matcher}",
            input.Surveys.Count, input.Stations.Count, input.Samples.Count, matcher.Name);

        var readMs = clock.ElapsedMilliseconds;
        var result = matcher.Match(input, settings, cancellationToken);
        var matchedMs = clock.ElapsedMilliseconds;
        var accounted = result.Matches.Count + result.Unmatched.Count;

        if (accounted != input.Surveys.Count)
        {
            throw new InvalidOperationException(
                $"matcher '{matcher.Name}' accounted for {accounted} of {input.Surveys.Count} surveys; "
                + "a matcher must return every survey as matched or unmatched");
        }

        var runId = _store.SaveMatchRun(matcher.Name, settings, result);
        _logger.LogDebug(
            "match run {Run}: store read in {Read} ms, {Matcher} matched in {Match} ms, run stored in {Store} ms",
            runId, readMs, matcher.Name, matchedMs - readMs, clock.ElapsedMilliseconds - matchedMs);

        return new MatchSummary(runId, matcher.Name, input.Surveys.Count, result);
    }
}
